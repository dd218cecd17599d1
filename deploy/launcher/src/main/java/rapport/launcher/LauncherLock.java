package rapport.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One {@code up} or {@code down} at a time per {@code .rapport/}: two at once would both find a component stopped,
 * both start it, and the record of one would overwrite the other's, leaving a process nobody stops. The lock is an
 * OS file lock, released when the launcher exits however it exits; the file names its holder for the message.
 */
final class LauncherLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private LauncherLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, waiting (and saying so) while another launcher holds it. */
    static LauncherLock acquire(RapportPaths paths, String command, PrintStream out) throws IOException {
        Path file = paths.state().resolve("launcher.lock");
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                out.println("Waiting for the other ./rapport (" + Files.readString(file).strip() + ") to finish ...");
                lock = channel.lock();
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ": ./rapport " + command + "\n")
                    .getBytes(StandardCharsets.UTF_8)), 0);
            return new LauncherLock(channel, lock);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
