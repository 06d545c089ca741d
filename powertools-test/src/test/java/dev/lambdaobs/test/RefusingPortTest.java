package dev.lambdaobs.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.BindException;
import java.net.ConnectException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

class RefusingPortTest {
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @Test
    void aTcpPortRefusesConnectionsAndCannotBeTakenWhileHeld() throws Exception {
        try (RefusingPort refusing = RefusingPort.tcp(); Socket client = new Socket()) {
            assertThat(refusing.address()).isEqualTo("127.0.0.1:" + refusing.port());
            assertThatThrownBy(() -> client.connect(new InetSocketAddress(LOOPBACK, refusing.port()), 5_000))
                    .isInstanceOf(ConnectException.class);
            assertThatThrownBy(() -> new ServerSocket(refusing.port(), 1, LOOPBACK).close())
                    .isInstanceOf(BindException.class);
        }
    }

    @Test
    void aUdpPortAnswersDatagramsAsUnreachableAndCannotBeTakenWhileHeld() throws Exception {
        try (RefusingPort refusing = RefusingPort.udp(); DatagramSocket sender = new DatagramSocket(0, LOOPBACK)) {
            // Connected, the sender is told of the ICMP answer to its datagram on its next receive.
            sender.connect(new InetSocketAddress(LOOPBACK, refusing.port()));
            sender.setSoTimeout(5_000);
            sender.send(new DatagramPacket(new byte[] {1}, 1));
            assertThatThrownBy(() -> sender.receive(new DatagramPacket(new byte[1], 1)))
                    .isInstanceOf(PortUnreachableException.class);
            assertThatThrownBy(() -> new DatagramSocket(new InetSocketAddress(LOOPBACK, refusing.port())).close())
                    .isInstanceOf(BindException.class);
        }
    }
}
