package rapport.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for a process a test starts and that binds them itself, seconds later. A port the kernel hands out for
 * {@code bind(0)} lies in its ephemeral range, from which it also picks the local port of every outgoing connection:
 * while a service starts, a Kafka client's or a browser's connection can take it, and the service then fails with
 * "port in use". These ports lie below that range, are free when handed out, and each is handed out once per JVM.
 */
public final class FreePorts {

    private static final int LOWEST = 20_000;
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private FreePorts() {
    }

    /** A port on 127.0.0.1 that nothing listens on now, outside the kernel's ephemeral range. */
    public static int next() {
        int below = ephemeralRangeStart();
        for (int attempt = 0; attempt < 1000; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, below);
            if (HANDED_OUT.add(port) && isFree(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port between " + LOWEST + " and " + below);
    }

    static boolean isFree(int port) {
        try (ServerSocket ignored = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The first port of {@code net.ipv4.ip_local_port_range} (Linux), or the IANA range's 49152 elsewhere. */
    static int ephemeralRangeStart() {
        try {
            String range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range"));
            int start = Integer.parseInt(range.trim().split("\\s+")[0]);
            return start > LOWEST + 1000 ? start : 49_152;
        } catch (IOException | NumberFormatException e) {
            return 49_152;
        }
    }
}
