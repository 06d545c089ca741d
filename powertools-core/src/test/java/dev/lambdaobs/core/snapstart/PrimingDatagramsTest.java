package dev.lambdaobs.core.snapstart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PrimingDatagramsTest {

    @Test
    void thePrimingDatagramNeverReachesTheDaemonAndTheSenderStillSendsAfter() throws Exception {
        try (DatagramSocket daemon = new DatagramSocket(0, InetAddress.getLoopbackAddress());
                DatagramSocket sender = new DatagramSocket()) {
            daemon.setSoTimeout(300);
            byte[] priming = "priming".getBytes(StandardCharsets.UTF_8);

            PrimingDatagrams.sendToSelf(sender, priming, priming.length);
            byte[] real = "real".getBytes(StandardCharsets.UTF_8);
            sender.send(new DatagramPacket(real, real.length, daemon.getLocalSocketAddress()));

            DatagramPacket received = new DatagramPacket(new byte[64], 64);
            daemon.receive(received);
            assertThat(new String(received.getData(), 0, received.getLength(), StandardCharsets.UTF_8)).isEqualTo("real");
            assertThat(nextDatagram(daemon)).as("nothing else arrived").isNull();
        }
    }

    @Test
    void oneReceivingSocketServesEveryPrimingSendAndCloseLeavesNoneOpen() throws Exception {
        Path fds = Path.of("/proc/self/fd");
        assumeTrue(Files.isDirectory(fds), "needs /proc to count open sockets");
        try (DatagramSocket sender = new DatagramSocket()) {
            // Once first, so whatever the JDK opens on first use (a jar, a native library) is open before counting.
            PrimingDatagrams.sendToSelf(sender, new byte[] {0}, 1);
            PrimingDatagrams.close();
            // Sockets by identity, not a count of every open file: a socket an earlier test left to the cleaner may
            // close meanwhile, which changes a count but not which sockets are new.
            Set<String> before = openSockets(fds);
            for (int i = 0; i < 200; i++) {
                PrimingDatagrams.sendToSelf(sender, new byte[] {(byte) i}, 1);
            }
            assertThat(newSockets(fds, before)).as("one receiving socket, not one per send").hasSize(1);

            PrimingDatagrams.close();
            assertThat(newSockets(fds, before)).isEmpty();
            PrimingDatagrams.sendToSelf(sender, new byte[] {1}, 1);
            assertThat(newSockets(fds, before)).as("a later priming opens another").hasSize(1);
            PrimingDatagrams.close();
        }
    }

    @Test
    void aChannelsPrimingDatagramNeverReachesTheDaemonAndTheChannelStillSendsAfter() throws Exception {
        try (DatagramSocket daemon = new DatagramSocket(0, InetAddress.getLoopbackAddress());
                DatagramChannel sender = DatagramChannel.open()) {
            daemon.setSoTimeout(300);
            ByteBuffer priming = ByteBuffer.allocateDirect(16).put("priming".getBytes(StandardCharsets.UTF_8)).flip();

            PrimingDatagrams.sendToSelf(sender, priming);
            assertThat(priming.hasRemaining()).as("the datagram was sent").isFalse();
            sender.send(ByteBuffer.wrap("real".getBytes(StandardCharsets.UTF_8)), daemon.getLocalSocketAddress());

            DatagramPacket received = new DatagramPacket(new byte[64], 64);
            daemon.receive(received);
            assertThat(new String(received.getData(), 0, received.getLength(), StandardCharsets.UTF_8)).isEqualTo("real");
            assertThat(nextDatagram(daemon)).as("nothing else arrived").isNull();
        } finally {
            PrimingDatagrams.close();
        }
    }

    @Test
    void aChannelThatCannotSendIsIgnored() throws Exception {
        DatagramChannel closed = DatagramChannel.open();
        closed.close();
        assertThatCode(() -> PrimingDatagrams.sendToSelf(closed, ByteBuffer.wrap(new byte[] {1}))).doesNotThrowAnyException();
    }

    @Test
    void aSenderThatCannotSendIsIgnored() throws Exception {
        DatagramSocket closed = new DatagramSocket();
        closed.close();
        assertThatCode(() -> PrimingDatagrams.sendToSelf(closed, new byte[] {1}, 1)).doesNotThrowAnyException();
    }

    private static Set<String> newSockets(Path fds, Set<String> before) throws Exception {
        Set<String> now = openSockets(fds);
        now.removeAll(before);
        return now;
    }

    /** The inodes of this process' open sockets ({@code socket:[inode]} links under /proc/self/fd). */
    private static Set<String> openSockets(Path fds) throws Exception {
        Set<String> sockets = new HashSet<>();
        try (Stream<Path> open = Files.list(fds)) {
            for (Path fd : (Iterable<Path>) open::iterator) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:")) {
                        sockets.add(target);
                    }
                } catch (java.io.IOException closedMeanwhile) {
                    // The listing's own descriptor, or one closed since the listing: not one of ours.
                }
            }
        }
        return sockets;
    }

    private static String nextDatagram(DatagramSocket socket) throws Exception {
        DatagramPacket packet = new DatagramPacket(new byte[64], 64);
        try {
            socket.receive(packet);
            return new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
        } catch (SocketTimeoutException e) {
            return null;
        }
    }
}
