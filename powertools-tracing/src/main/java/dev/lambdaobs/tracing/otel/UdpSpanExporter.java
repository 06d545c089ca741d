package dev.lambdaobs.tracing.otel;

import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.core.invocation.Invocation;
import dev.lambdaobs.core.snapstart.PrimingDatagrams;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * Sends spans to the X-Ray daemon address as AWS's Lambda OpenTelemetry layers do: each datagram is the
 * daemon's header line {@code {"format":"json","version":1}\n}, then {@code T1S} (sampled spans) or
 * {@code T1U} (unsampled), then the base64 of an OTLP {@code ExportTraceServiceRequest}. Spans are split
 * over as many datagrams as needed, each under {@link OtelLimits#MAX_DATAGRAM_BYTES}. A failed send is
 * reported once and never thrown.
 */
final class UdpSpanExporter implements SpanExporter, SelfReporting {
    static final String HEADER = "{\"format\":\"json\",\"version\":1}\n";
    static final String SAMPLED_PREFIX = "T1S";
    static final String UNSAMPLED_PREFIX = "T1U";
    private static final byte[] SAMPLED = (HEADER + SAMPLED_PREFIX).getBytes(StandardCharsets.UTF_8);
    private static final byte[] UNSAMPLED = (HEADER + UNSAMPLED_PREFIX).getBytes(StandardCharsets.UTF_8);
    /** Largest request whose base64 fits in a datagram after the header and prefix. */
    static final int MAX_REQUEST_BYTES = (OtelLimits.MAX_DATAGRAM_BYTES - SAMPLED.length) / 4 * 3;

    private final DatagramSocket socket;
    private final InetSocketAddress daemon;
    private final Diagnostics diagnostics;
    private final RequestSplitter splitter;

    UdpSpanExporter(InetSocketAddress daemon, Diagnostics diagnostics) throws SocketException {
        this.socket = new DatagramSocket();
        this.daemon = daemon;
        this.diagnostics = diagnostics;
        this.splitter = new RequestSplitter(MAX_REQUEST_BYTES, Integer.MAX_VALUE, Integer.MAX_VALUE, diagnostics);
    }

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        boolean[] sent = {true};
        splitter.split(spans, (sampled, request, length, count) -> sent[0] &= send(sampled, request, length));
        return sent[0] ? CompletableResultCode.ofSuccess() : CompletableResultCode.ofFailure();
    }

    private boolean send(boolean sampled, byte[] request, int length) {
        DatagramBuffer datagram = DatagramBuffer.forThisThread();
        datagram.writeBytes(sampled ? SAMPLED : UNSAMPLED);
        datagram.writeBase64(request, length);
        if (Invocation.isPriming()) {
            // SnapStart priming: the datagram was built like any other; it goes to this process, never to the daemon.
            PrimingDatagrams.sendToSelf(socket, datagram.bytes(), datagram.size());
            return true;
        }
        try {
            socket.send(new DatagramPacket(datagram.bytes(), datagram.size(), daemon));
            return true;
        } catch (IOException | RuntimeException e) {
            diagnostics.warnOnce("tracing.emit", "could not send spans to the X-Ray daemon at "
                    + daemon.getHostString() + ":" + daemon.getPort() + " (" + e + "); traces are lost while this lasts");
            return false;
        }
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        socket.close();
        return CompletableResultCode.ofSuccess();
    }
}
