package dev.impostgres.wire.server;

import dev.impostgres.tracking.DatabaseManager;
import dev.impostgres.tracking.SqliteDatabaseManager;
import dev.impostgres.translator.DefaultTranslator;
import dev.impostgres.wire.auth.AuthenticatorFactory;
import dev.impostgres.wire.codec.PgBackendEncoder;
import dev.impostgres.wire.replication.ReplicationServices;
import dev.impostgres.wire.codec.PgFrameDecoder;
import dev.impostgres.wire.codec.PgFrontendDecoder;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: opens the data directory, builds the shared services and listens. Start it from a test
 * with {@code ImpostgresServer.start(ServerConfig.defaults().withPort(0).withDataDir(dir))}.
 */
public final class ImpostgresServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ImpostgresServer.class);

    private final ServerConfig config;
    private final DatabaseManager databases;
    private final EventLoopGroup bossGroup;
    private final EventLoopGroup workerGroup;
    private final Channel serverChannel;

    private ImpostgresServer(ServerConfig config, DatabaseManager databases, EventLoopGroup bossGroup,
                             EventLoopGroup workerGroup, Channel serverChannel) {
        this.config = config;
        this.databases = databases;
        this.bossGroup = bossGroup;
        this.workerGroup = workerGroup;
        this.serverChannel = serverChannel;
    }

    public static ImpostgresServer start(ServerConfig config) {
        AuthenticatorFactory authenticators = new AuthenticatorFactory(config.authMethod(), config.user(),
                config.password());
        PgBackendEncoder encoder = new PgBackendEncoder();
        SqliteDatabaseManager databases = new SqliteDatabaseManager(config.dataDir());
        BackendRegistry backends = new BackendRegistry();
        ReplicationServices replication = new ReplicationServices(databases);
        replication.installSqlFunctions(backends::terminate);
        ServerContext context = new ServerContext(databases, new DefaultTranslator(), backends, authenticators, replication);
        EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        EventLoopGroup workers = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
        try {
            ServerBootstrap bootstrap = new ServerBootstrap()
                    .group(boss, workers)
                    .channel(NioServerSocketChannel.class)
                    .option(ChannelOption.SO_BACKLOG, 512)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline()
                                    .addLast("frames", new PgFrameDecoder(config.maxMessageBytes()))
                                    .addLast("decoder", new PgFrontendDecoder())
                                    .addLast("encoder", encoder)
                                    .addLast("backend", new PgChannelHandler(context));
                        }
                    });
            Channel channel = bootstrap.bind(new InetSocketAddress(config.listenAddress(), config.port()))
                    .syncUninterruptibly().channel();
            return new ImpostgresServer(config, databases, boss, workers, channel);
        } catch (RuntimeException e) {
            boss.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            workers.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            databases.close();
            throw e;
        }
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return ((InetSocketAddress) serverChannel.localAddress()).getPort();
    }

    public String host() {
        return config.listenAddress();
    }

    /** A JDBC URL for pgjdbc. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + hostForUrl() + ":" + port() + "/" + database;
    }

    /** A libpq-style connection URL, as printed by the CLI. */
    public String connectionUrl(String database) {
        return "postgresql://" + config.user() + "@" + hostForUrl() + ":" + port() + "/" + database;
    }

    private String hostForUrl() {
        String host = config.listenAddress();
        if (host.equals("0.0.0.0")) return "127.0.0.1";
        return host.contains(":") ? "[" + host + "]" : host;
    }

    @Override
    public void close() {
        serverChannel.close().syncUninterruptibly();
        workerGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        bossGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        databases.close();
        log.debug("server on port stopped");
    }
}
