package dev.lambdaobs.examples.localrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class XRayDaemonListenerTest {

    @Test
    void passesOnEachDatagramAsReceived() throws Exception {
        var received = new LinkedBlockingQueue<String>();
        try (XRayDaemonListener listener = XRayDaemonListener.start(received::add);
             DatagramSocket sender = new DatagramSocket()) {
            assertThat(listener.address()).startsWith("127.0.0.1:");
            int port = Integer.parseInt(listener.address().substring("127.0.0.1:".length()));
            String sent = "{\"format\": \"json\", \"version\": 1}\n{\"name\":\"## handleRequest\",\"id\":\"70de5b6f19ff9a0a\"}";
            byte[] datagram = sent.getBytes(StandardCharsets.UTF_8);
            sender.send(new DatagramPacket(datagram, datagram.length, InetAddress.getLoopbackAddress(), port));

            assertThat(received.poll(5, TimeUnit.SECONDS)).isEqualTo(sent);
        }
    }

    @Test
    void theBodyOfADatagramIsWhatFollowsTheHeaderLine() {
        assertThat(XRayDaemonListener.documentOf("{\"format\":\"json\",\"version\":1}\nT1SCgA=")).isEqualTo("T1SCgA=");
    }

    @Test
    void aDatagramWithoutHeaderIsTakenWhole() {
        assertThat(XRayDaemonListener.documentOf("{\"id\":\"1\"}\n")).isEqualTo("{\"id\":\"1\"}");
    }
}
