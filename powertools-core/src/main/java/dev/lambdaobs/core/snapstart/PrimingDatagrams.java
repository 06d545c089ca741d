package dev.lambdaobs.core.snapstart;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;

/**
 * SnapStart priming of a UDP sender (the tracing backends' daemon senders): the datagram a priming invocation
 * built goes out of the sender's own socket to a socket of this process on the loopback address, never to the
 * daemon, so the JDK's send path (its direct buffers, the native send) is loaded and run before the checkpoint
 * and the first real send after a restore finds it ready. The receiving socket is closed unread: nothing leaves
 * the process.
 *
 * <pre>{@code
 * if (Invocation.isPriming()) {
 *     PrimingDatagrams.sendToSelf(socket, data, length);
 *     return true;
 * }
 * }</pre>
 */
public final class PrimingDatagrams {
    private PrimingDatagrams() {
    }

    /** Sends {@code data[0 .. length)} from {@code socket} to a loopback socket of this process. Never throws. */
    public static void sendToSelf(DatagramSocket socket, byte[] data, int length) {
        try (DatagramSocket sink = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            socket.send(new DatagramPacket(data, length, sink.getLocalSocketAddress()));
        } catch (IOException | RuntimeException e) {
            // Priming is an optimization: the first real send does this work, and reports its failures.
        }
    }
}
