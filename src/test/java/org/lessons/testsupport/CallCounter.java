package org.lessons.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A listener on this host that counts the connections made to it and answers each with a canary, as a server an
 * attacker points a document at would. A test asserts that nothing ever called it.
 */
public final class CallCounter implements AutoCloseable {

    private final ServerSocket server;
    private final AtomicInteger calls = new AtomicInteger();
    private final String canary;

    public CallCounter(String canary) {
        this.canary = canary;
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::answer, "call-counter");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Where to point a document, such as "http://127.0.0.1:4711/". */
    public String address() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/";
    }

    public int calls() {
        return calls.get();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    private void answer() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept();
                    OutputStream out = socket.getOutputStream()) {
                calls.incrementAndGet();
                out.write(("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\n" + canary)
                        .getBytes(StandardCharsets.US_ASCII));
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                // a caller that hung up early still counts as a call
            }
        }
    }
}
