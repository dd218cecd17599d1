package rapport.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Forwards TCP connections from a local port to a target, and can cut the line: while cut, every
 * open connection is closed and new ones are closed as soon as they are accepted, as if the
 * target had become unreachable. Used to take a broker away from a service and give it back.
 */
public final class TcpProxy implements AutoCloseable {

    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile InetSocketAddress target;
    private volatile boolean cut;

    private TcpProxy(ServerSocket server) {
        this.server = server;
        Thread.ofVirtual().name("tcp-proxy-accept").start(this::acceptLoop);
    }

    /** A proxy on an ephemeral local port; set its target before connecting through it. */
    public static TcpProxy open() {
        try {
            return new TcpProxy(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getLocalPort();
    }

    public TcpProxy target(String host, int port) {
        this.target = new InetSocketAddress(host, port);
        return this;
    }

    /** Drops every connection and refuses new ones until {@link #restore()}. */
    public synchronized void cut() {
        cut = true;
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
    }

    public void restore() {
        cut = false;
    }

    @Override
    public void close() {
        closeQuietly(server);
        cut();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (cut || target == null) {
                    closeQuietly(client);
                    continue;
                }
                Socket upstream = new Socket(target.getAddress(), target.getPort());
                if (!register(client, upstream)) {
                    continue;
                }
                pipe(client, upstream);
                pipe(upstream, client);
            } catch (IOException e) {
                if (server.isClosed()) {
                    return;
                }
            }
        }
    }

    /** Keeps a new connection unless the line was cut while it was being opened. */
    private synchronized boolean register(Socket client, Socket upstream) {
        if (cut) {
            closeQuietly(client);
            closeQuietly(upstream);
            return false;
        }
        open.add(client);
        open.add(upstream);
        return true;
    }

    private void pipe(Socket from, Socket to) {
        Thread.ofVirtual().name("tcp-proxy-pipe").start(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // a side closed: close the other
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        });
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
