package dev.impostgres.wire.server;

import dev.impostgres.wire.codec.FrontendMessage;
import dev.impostgres.translator.error.PgException;
import dev.impostgres.wire.codec.PgFrontendDecoder;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event-loop side of a connection: hands each decoded message to the connection's own single-threaded
 * executor (SQLite work blocks, so it never runs here), and stops reading while too many messages wait, so a
 * client that pipelines without reading cannot make us buffer without bound.
 */
final class PgChannelHandler extends ChannelInboundHandlerAdapter {
    private static final Logger log = LoggerFactory.getLogger(PgChannelHandler.class);
    private static final AtomicInteger threadIds = new AtomicInteger();
    private static final int HIGH_WATER = 1024;
    private static final int LOW_WATER = 256;

    private final ServerContext server;
    private final AtomicInteger queued = new AtomicInteger();
    private ExecutorService executor;
    private ClientConnection connection;
    private Outbound outbound;

    PgChannelHandler(ServerContext server) {
        this.server = server;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        outbound = new Outbound(ctx.channel());
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "impostgres-backend-" + threadIds.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        connection = new ClientConnection(server, outbound, executor);
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        FrontendMessage message = (FrontendMessage) msg;
        if (queued.incrementAndGet() > HIGH_WATER) {
            ctx.channel().config().setAutoRead(false);
        }
        submit(ctx, () -> {
            try {
                connection.handle(message);
            } finally {
                if (queued.decrementAndGet() < LOW_WATER && !ctx.channel().config().isAutoRead()) {
                    ctx.channel().config().setAutoRead(true);
                }
            }
        });
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        outbound.writabilityChanged();
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        PgException error = PgFrontendDecoder.pgExceptionIn(cause);
        if (error != null) {
            // The byte stream can no longer be trusted: FATAL with the decoder's SQLSTATE, then close.
            submit(ctx, () -> connection.protocolViolation(error.sqlState(), error.getMessage()));
        } else if (cause instanceof java.io.IOException) {
            log.debug("connection error: {}", cause.toString());
            ctx.close();
        } else {
            log.warn("unexpected error on connection", cause);
            submit(ctx, () -> connection.protocolViolation("08P01", "invalid message"));
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (executor != null) {
            // After what is queued: like a Postgres backend, a statement already sent still completes; then an
            // open block is rolled back and the writer lock released.
            submit(ctx, connection::disconnected);
            executor.shutdown();
        }
        ctx.fireChannelInactive();
    }

    private void submit(ChannelHandlerContext ctx, Runnable task) {
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            ctx.close();
        }
    }
}
