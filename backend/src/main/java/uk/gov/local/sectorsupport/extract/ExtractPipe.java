package uk.gov.local.sectorsupport.extract;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Carries an extract's bytes from the thread that reads and converts the rows to the thread that writes the
 * response, in a fixed number of reused blocks: the two work at once, and no more than {@code blocks × size} bytes
 * are ever held, however large the extract. The reader writes to {@link #sink()} and closes it (or calls
 * {@link #fail}); the writer calls {@link #drainTo} and, if it gives up, {@link #cancel}.
 */
final class ExtractPipe {

    private static final class Block {
        final byte[] bytes;
        int length;

        Block(int size) {
            bytes = new byte[size];
        }
    }

    /** Marks the end of the bytes (a failure, if any, is in {@link #failure}). */
    private static final Block END = new Block(0);
    private static final long WAIT_MS = 100;

    private final BlockingQueue<Block> free;
    private final BlockingQueue<Block> full;
    private final Sink sink = new Sink();
    private volatile boolean cancelled;
    private volatile Throwable failure;
    private final AtomicBoolean ended = new AtomicBoolean();

    ExtractPipe(int blocks, int size) {
        free = new ArrayBlockingQueue<>(blocks);
        // Room for every block and the end, so ending never waits.
        full = new ArrayBlockingQueue<>(blocks + 1);
        for (int i = 0; i < blocks; i++) {
            free.add(new Block(size));
        }
    }

    OutputStream sink() {
        return sink;
    }

    /** The reader failed: the writer's {@link #drainTo} throws once it has written what came before. */
    void fail(Throwable cause) {
        failure = cause;
        end();
    }

    private void end() {
        if (ended.compareAndSet(false, true)) {
            full.add(END);
        }
    }

    /** The writer gives up (the client went away): the reader's next write throws. */
    void cancel() {
        cancelled = true;
    }

    /** Writes every block to {@code out} as it comes, until the reader closes the sink or fails. */
    void drainTo(OutputStream out) throws IOException {
        try {
            for (Block block = full.take(); block != END; block = full.take()) {
                out.write(block.bytes, 0, block.length);
                block.length = 0;
                free.add(block);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while streaming an extract");
        }
        if (failure != null) {
            throw new IOException("The extract stopped", failure);
        }
    }

    private final class Sink extends OutputStream {
        private Block current;

        @Override
        public void write(int b) throws IOException {
            block().bytes[current.length++] = (byte) b;
            if (current.length == current.bytes.length) {
                send();
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            while (length > 0) {
                Block block = block();
                int n = Math.min(length, block.bytes.length - block.length);
                System.arraycopy(bytes, offset, block.bytes, block.length, n);
                block.length += n;
                offset += n;
                length -= n;
                if (block.length == block.bytes.length) {
                    send();
                }
            }
        }

        /** Hands over what is in the current block, so that a slow extract still trickles out. */
        @Override
        public void flush() {
            if (current != null && current.length > 0) {
                send();
            }
        }

        @Override
        public void close() {
            flush();
            end();
        }

        private Block block() throws IOException {
            try {
                while (current == null) {
                    if (cancelled) {
                        throw new IOException("The extract's client went away");
                    }
                    current = free.poll(WAIT_MS, TimeUnit.MILLISECONDS);
                }
                return current;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("Interrupted while reading an extract");
            }
        }

        private void send() {
            full.add(current);
            current = null;
        }
    }
}
