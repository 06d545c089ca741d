package dev.lambdaobs.core.snapstart;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;

/**
 * SnapStart priming of a UDP sender (the tracing backends' daemon senders): the datagram a priming invocation
 * built goes out of the sender's own socket or channel to a socket of this process on the loopback address,
 * never to the daemon, so the JDK's send path (its direct buffers, the native send) is loaded, run and compiled before the
 * checkpoint and the first real send after a restore finds it ready. One receiving socket serves every priming
 * invocation of every module until {@link #close()} (the SnapStart hook calls it when priming is done), so a
 * round costs one send, not a socket opened and closed. It is never read: nothing leaves the process, and
 * datagrams that find its buffer full are dropped by the kernel.
 *
 * <pre>{@code
 * if (Invocation.isPriming()) {
 *     PrimingDatagrams.sendToSelf(socket, data, length);
 *     return true;
 * }
 * }</pre>
 */
public final class PrimingDatagrams {
    /** The receiving socket while priming runs; null before and after. Guarded by the class. */
    private static DatagramSocket sink;

    private PrimingDatagrams() {
    }

    /** Sends {@code data[0 .. length)} from {@code socket} to a loopback socket of this process. Never throws. */
    public static void sendToSelf(DatagramSocket socket, byte[] data, int length) {
        try {
            socket.send(new DatagramPacket(data, length, sinkAddress()));
        } catch (IOException | RuntimeException e) {
            // Priming is an optimization: the first real send does this work, and reports its failures.
        }
    }

    /**
     * Sends {@code data}'s remaining bytes from {@code channel} (the sender's own channel, so the path primed is
     * the one its real sends take) to a loopback socket of this process. Never throws.
     */
    public static void sendToSelf(DatagramChannel channel, ByteBuffer data) {
        try {
            channel.send(data, sinkAddress());
        } catch (IOException | RuntimeException e) {
            // Priming is an optimization: the first real send does this work, and reports its failures.
        }
    }

    /** Closes the receiving socket, if open; the next priming send opens another. */
    public static synchronized void close() {
        if (sink != null) {
            sink.close();
            sink = null;
        }
    }

    private static synchronized SocketAddress sinkAddress() throws IOException {
        if (sink == null) {
            sink = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        }
        return sink.getLocalSocketAddress();
    }
}
