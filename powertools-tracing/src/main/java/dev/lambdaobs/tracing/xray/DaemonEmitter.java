package dev.lambdaobs.tracing.xray;

import com.amazonaws.xray.emitters.Emitter;
import com.amazonaws.xray.entities.Segment;
import com.amazonaws.xray.entities.Subsegment;
import dev.lambdaobs.core.diagnostics.Diagnostics;
import dev.lambdaobs.core.invocation.Invocation;
import dev.lambdaobs.core.snapstart.PrimingDatagrams;
import dev.lambdaobs.tracing.rules.XRayLimits;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;

/**
 * Sends documents to the daemon over UDP, as the SDK's own emitter does, but reports a failure (no
 * route, document too large, serialization failed) once through {@link Diagnostics} instead of
 * logging an error for every document. Subsegments are written by {@link SubsegmentDocument}.
 */
final class DaemonEmitter extends Emitter {
    private static final byte[] HEADER = (PROTOCOL_HEADER + PROTOCOL_DELIMITER).getBytes(StandardCharsets.UTF_8);
    private final DatagramSocket socket;
    private final InetSocketAddress daemon;
    private final Diagnostics diagnostics;

    DaemonEmitter(InetSocketAddress daemon, Diagnostics diagnostics) throws SocketException {
        this.socket = new DatagramSocket();
        this.daemon = daemon;
        this.diagnostics = diagnostics;
    }

    @Override
    public boolean sendSegment(Segment segment) {
        return send(withHeader(segment.serialize()), segment.getName());
    }

    @Override
    public boolean sendSubsegment(Subsegment subsegment) {
        DocumentBuffer buffer = DocumentBuffer.forThisThread();
        try {
            if (SubsegmentDocument.write(subsegment, HEADER, buffer)) {
                return send(buffer.bytes(), buffer.size(), subsegment.getName());
            }
        } finally {
            buffer.done();
        }
        return send(withHeader(subsegment.streamSerialize()), subsegment.getName());
    }

    private static byte[] withHeader(String document) {
        return document == null || document.isEmpty() ? null
                : (PROTOCOL_HEADER + PROTOCOL_DELIMITER + document).getBytes(StandardCharsets.UTF_8);
    }

    private boolean send(byte[] data, String name) {
        if (data == null) {
            diagnostics.warnOnce("tracing.serialize", "X-Ray could not serialize the document of '" + name
                    + "'; it was not sent");
            return false;
        }
        return send(data, data.length, name);
    }

    /** Sends {@code data[0 .. length)}; the datagram is a copy, so {@code data} may be reused after. */
    private boolean send(byte[] data, int length, String name) {
        if (length > XRayLimits.MAX_SEGMENT_DOCUMENT_BYTES) {
            diagnostics.warnOnce("tracing.document-size", "X-Ray document of '" + name + "' has " + length
                    + " bytes, over the " + XRayLimits.MAX_SEGMENT_DOCUMENT_BYTES + "-byte limit; it was not sent");
            return false;
        }
        if (Invocation.isPriming()) {
            // SnapStart priming: the document was built like any other; it goes to this process, never to the daemon.
            PrimingDatagrams.sendToSelf(socket, data, length);
            return true;
        }
        try {
            socket.send(new DatagramPacket(data, length, daemon));
            return true;
        } catch (IOException | RuntimeException e) {
            diagnostics.warnOnce("tracing.emit", "could not send X-Ray documents to the daemon at "
                    + daemon.getHostString() + ":" + daemon.getPort() + " (" + e + "); traces are lost while this lasts");
            return false;
        }
    }
}
