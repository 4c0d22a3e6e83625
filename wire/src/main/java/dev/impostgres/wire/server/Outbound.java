package dev.impostgres.wire.server;

import dev.impostgres.wire.codec.BackendMessage;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The connection's outgoing side, used from its executor thread. Writes are buffered by Netty and flushed at
 * ReadyForQuery, Flush and other points the protocol names; a large result waits while the channel is not
 * writable, so a slow client never makes us buffer a whole result set in memory.
 */
final class Outbound {
    private final Channel channel;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition writable = lock.newCondition();
    private int unflushed;

    Outbound(Channel channel) {
        this.channel = channel;
    }

    void send(BackendMessage message) {
        channel.write(message, channel.voidPromise());
        if (++unflushed >= 256) {
            flush();
            awaitWritable();
        }
    }

    /**
     * Bytes that are already whole protocol messages (the backend encoder passes a ByteBuf through untouched): one
     * write, and one hand-over to the event loop, for many messages.
     */
    void sendEncoded(byte[] frames, int length) {
        channel.write(Unpooled.wrappedBuffer(frames, 0, length), channel.voidPromise());
        if (++unflushed >= 256) {
            flush();
            awaitWritable();
        }
    }

    void flush() {
        unflushed = 0;
        channel.flush();
    }

    boolean isOpen() {
        return channel.isActive();
    }

    void close() {
        channel.flush();
        channel.close();
    }

    /** Called on the event loop when writability changes. */
    void writabilityChanged() {
        lock.lock();
        try {
            writable.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void awaitWritable() {
        lock.lock();
        try {
            while (channel.isActive() && !channel.isWritable()) {
                if (!writable.await(1, TimeUnit.SECONDS)) {
                    channel.flush();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }
}
