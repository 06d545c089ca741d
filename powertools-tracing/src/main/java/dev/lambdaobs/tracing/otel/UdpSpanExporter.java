package dev.lambdaobs.tracing.otel;

import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.core.invocation.Invocation;
import dev.lambdaobs.core.snapstart.PrimingDatagrams;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * Sends spans to the X-Ray daemon address as AWS's Lambda OpenTelemetry layers do: each datagram is the
 * daemon's header line {@code {"format":"json","version":1}\n}, then {@code T1S} (sampled spans) or
 * {@code T1U} (unsampled), then the base64 of an OTLP {@code ExportTraceServiceRequest}. Spans are split
 * over as many datagrams as needed, each under {@link OtelLimits#MAX_DATAGRAM_BYTES}. A failed send is
 * reported once and never thrown. Datagrams go out of a {@link DatagramChannel} from the sending thread's own
 * direct buffer ({@link DatagramBuffer#direct()}): a {@code DatagramSocket} would copy each one into a
 * temporary direct buffer and wrap it in a packet first.
 */
final class UdpSpanExporter implements SpanExporter, SelfReporting {
    static final String HEADER = "{\"format\":\"json\",\"version\":1}\n";
    static final String SAMPLED_PREFIX = "T1S";
    static final String UNSAMPLED_PREFIX = "T1U";
    private static final byte[] SAMPLED = (HEADER + SAMPLED_PREFIX).getBytes(StandardCharsets.UTF_8);
    private static final byte[] UNSAMPLED = (HEADER + UNSAMPLED_PREFIX).getBytes(StandardCharsets.UTF_8);
    /** Largest request whose base64 fits in a datagram after the header and prefix. */
    static final int MAX_REQUEST_BYTES = (OtelLimits.MAX_DATAGRAM_BYTES - SAMPLED.length) / 4 * 3;

    /** Replaced when an interrupt closed it (see {@link #channel()}); never after {@link #shutdown()}. */
    private volatile DatagramChannel channel;
    private volatile boolean shutDown;
    private final InetSocketAddress daemon;
    private final Diagnostics diagnostics;
    private final RequestSplitter splitter;

    UdpSpanExporter(InetSocketAddress daemon, Diagnostics diagnostics) throws IOException {
        this.channel = DatagramChannel.open();
        this.daemon = daemon;
        this.diagnostics = diagnostics;
        this.splitter = new RequestSplitter(MAX_REQUEST_BYTES, Integer.MAX_VALUE, Integer.MAX_VALUE, diagnostics);
    }

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        boolean[] sent = {true};
        splitter.split(spans, (sampled, request, length, count, resource, resourceAt) ->
                sent[0] &= send(sampled, request, length, resource, resourceAt));
        return sent[0] ? CompletableResultCode.ofSuccess() : CompletableResultCode.ofFailure();
    }

    private boolean send(boolean sampled, byte[] request, int length, byte[] resource, int resourceAt) {
        DatagramBuffer datagram = DatagramBuffer.forThisThread();
        datagram.writeBytes(sampled ? SAMPLED : UNSAMPLED);
        datagram.writeBase64(request, length, resource, resourceAt);
        // A channel is closed by a send from an interrupted thread: the thread's interrupt status is set aside
        // for the send and given back, so a handler that leaves its thread interrupted does not stop tracing.
        boolean interrupted = Thread.interrupted();
        try {
            if (Invocation.isPriming()) {
                // SnapStart priming: the datagram was built like any other; it goes to this process, never to the daemon.
                PrimingDatagrams.sendToSelf(channel(), datagram.direct());
                return true;
            }
            channel().send(datagram.direct(), daemon);
            return true;
        } catch (IOException | RuntimeException e) {
            diagnostics.warnOnce("tracing.emit", "could not send spans to the X-Ray daemon at "
                    + daemon.getHostString() + ":" + daemon.getPort() + " (" + e + "); traces are lost while this lasts");
            return false;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The open channel; a new one if an interrupt that arrived during another thread's send closed it (that
     * datagram is lost and reported, later ones are sent).
     */
    private DatagramChannel channel() throws IOException {
        DatagramChannel open = channel;
        return open.isOpen() || shutDown ? open : reopen();
    }

    private synchronized DatagramChannel reopen() throws IOException {
        if (!channel.isOpen() && !shutDown) {
            channel = DatagramChannel.open();
        }
        return channel;
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public synchronized CompletableResultCode shutdown() {
        shutDown = true;
        try {
            channel.close();
        } catch (IOException e) {
            // Closing a datagram channel has nothing to flush: nothing is lost.
        }
        return CompletableResultCode.ofSuccess();
    }
}
