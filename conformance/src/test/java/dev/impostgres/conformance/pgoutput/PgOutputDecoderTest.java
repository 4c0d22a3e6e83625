package dev.impostgres.conformance.pgoutput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.impostgres.conformance.pgoutput.PgOutputMessage.TupleValue;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Golden bytes from real PostgreSQL 15.18 (research/cdc/pgoutput-vectors.md, run v1). */
class PgOutputDecoderTest {

    private static final String ITEMS_RELATION = "52000040017075626c6963006974656d73006400090169640000000019ffffffff00"
            + "7174790000000017ffffffff006163746976650000000010ffffffff00637265617465645f617400000004a0ffffffff0070726963"
            + "6500000006a4000c0006006d6574610000000edaffffffff007569640000000b86ffffffff00626c6f620000000011ffffffff0074"
            + "61677300000003f1ffffffff";
    private static final String ITEMS_INSERT = "49000040014e000974000000016474000000023432740000000174740000001d3230"
            + "32352d30332d30342030353a30363a30372e3132333435362b3030740000000539392e3935740000001a7b2261223a205b312c2032"
            + "2c207b2262223a206e756c6c7d5d7d740000002430653763326134652d336637622d346264312d396331612d326636653463386239"
            + "64313074000000085c78303130326666740000001a7b2268656c6c6f20776f726c64222c22782c79222c4e554c4c7d";
    private static final String ORDERS_RELATION = "52000040087075626c6963006f7264657273006600040169640000000019ffffffff01"
            + "6974656d5f69640000000019ffffffff01616d6f756e740000000017ffffffff016e6f74650000000019ffffffff";
    private static final String EVENTS_RELATION = "52000040237075626c6963006576656e7473006400060169640000000014ffffffff00"
            + "6d0000004015ffffffff0064000000043affffffff006600000002bdffffffff007600000004130000000e0069380000000014ffffffff";

    @Test
    void beginCarriesFinalLsnCommitTimeAndXid() {
        PgOutputMessage.Begin begin = (PgOutputMessage.Begin) decode("420000000001989140000303fd503ff5fc0000032c");
        assertThat(begin.finalLsn()).isEqualTo(0x1989140L);
        assertThat(begin.commitTime()).isEqualTo(848811438110204L);
        assertThat(begin.xid()).isEqualTo(812);
    }

    @Test
    void commitCarriesFlagsAndBothLsns() {
        PgOutputMessage.Commit commit = (PgOutputMessage.Commit)
                decode("430000000000019891400000000001989170000303fd503ff5fc");
        assertThat(commit.flags()).isZero();
        assertThat(commit.commitLsn()).isEqualTo(0x1989140L);
        assertThat(commit.endLsn()).isEqualTo(0x1989170L);
    }

    @Test
    void relationListsColumnsWithKeyFlagTypeAndTypmod() {
        PgOutputMessage.Relation r = (PgOutputMessage.Relation) decode(ITEMS_RELATION);
        assertThat(r.relationOid()).isEqualTo(16385);
        assertThat(r.namespace() + "." + r.name()).isEqualTo("public.items");
        assertThat(r.replicaIdentity()).isEqualTo('d');
        assertThat(r.columns()).hasSize(9);
        assertThat(r.columns().get(0)).isEqualTo(new PgOutputMessage.RelationColumn(true, "id", 25, -1));
        assertThat(r.columns().get(4)).isEqualTo(new PgOutputMessage.RelationColumn(false, "price", 1700, 786438));
    }

    @Test
    void insertIsRenderedWithTheRelationNameInsteadOfItsOid() {
        ChangeRenderer renderer = new ChangeRenderer();
        renderer.render(decode(ITEMS_RELATION));
        assertThat(renderer.render(decode(ITEMS_INSERT))).isEqualTo("INSERT public.items new=('d', '42', 't', "
                + "'2025-03-04 05:06:07.123456+00', '99.95', '{\"a\": [1, 2, {\"b\": null}]}', "
                + "'0e7c2a4e-3f7b-4bd1-9c1a-2f6e4c8b9d10', '\\x0102ff', '{\"hello world\",\"x,y\",NULL}')");
    }

    @Test
    void updateOfThePrimaryKeyCarriesTheOldKeyTuple() {
        PgOutputMessage.Update u = (PgOutputMessage.Update) decode("55000040014b00097400000001646e6e6e6e6e6e6e6e4e0009"
                + "74000000016574000000023433740000000166740000001d323032352d30332d30342030353a30363a30372e3132333435362b"
                + "3030740000000539392e3935740000001a7b2261223a205b312c20322c207b2262223a206e756c6c7d5d7d7400000024306537"
                + "63326134652d336637622d346264312d396331612d32663665346338623964313074000000085c78303130326666740000001a7b"
                + "2268656c6c6f20776f726c64222c22782c79222c4e554c4c7d");
        assertThat(u.oldKind()).isEqualTo('K');
        assertThat(u.oldTuple().get(0)).isEqualTo(new TupleValue.Text("d"));
        assertThat(u.oldTuple().get(1)).isInstanceOf(TupleValue.Null.class);
        assertThat(u.newTuple().get(0)).isEqualTo(new TupleValue.Text("e"));
    }

    @Test
    void updateOnReplicaIdentityFullCarriesTheOldRow() {
        ChangeRenderer renderer = new ChangeRenderer();
        assertThat(renderer.render(decode(ORDERS_RELATION))).isEqualTo("RELATION public.orders replica-identity=f "
                + "columns=[id:25:-1:key, item_id:25:-1:key, amount:23:-1:key, note:25:-1:key]");
        assertThat(renderer.render(decode("55000040084f000474000000026f3174000000016174000000023130740000000566697273"
                + "744e000474000000026f317400000001617400000002323074000000056669727374")))
                .isEqualTo("UPDATE public.orders old=('o1', 'a', '10', 'first') new=('o1', 'a', '20', 'first')");
    }

    @Test
    void deleteWithDefaultIdentitySendsTheKeyOnly() {
        ChangeRenderer renderer = new ChangeRenderer();
        renderer.render(decode(ITEMS_RELATION));
        assertThat(renderer.render(decode("44000040014b00097400000001656e6e6e6e6e6e6e6e")))
                .isEqualTo("DELETE public.items key=('e', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)");
    }

    @Test
    void unchangedToastValueIsMarkedNotSent() {
        PgOutputMessage.Update u = (PgOutputMessage.Update) decode("550000401b4e000374000000013274000000013175");
        assertThat(u.oldKind()).isEqualTo((char) 0);
        assertThat(u.newTuple().get(2)).isInstanceOf(TupleValue.UnchangedToast.class);
    }

    @Test
    void userTypeOidIsReplacedByTheNameFromTheTypeMessage() {
        ChangeRenderer renderer = new ChangeRenderer();
        assertThat(renderer.render(decode("59000040157075626c6963006d6f6f6400"))).isEqualTo("TYPE public.mood");
        assertThat(renderer.render(decode(EVENTS_RELATION))).isEqualTo("RELATION public.events replica-identity=d "
                + "columns=[id:20:-1:key, m:public.mood:-1, d:1082:-1, f:701:-1, v:1043:14, i8:20:-1]");
    }

    @Test
    void truncateNamesEveryRelationAndItsOptions() {
        ChangeRenderer renderer = new ChangeRenderer();
        renderer.render(decode(ITEMS_RELATION));
        renderer.render(decode(ORDERS_RELATION));
        assertThat(renderer.render(decode("5400000002010000400100004008")))
                .isEqualTo("TRUNCATE [public.items, public.orders] cascade");
    }

    @Test
    void transactionalLogicalMessageKeepsPrefixAndContent() {
        PgOutputMessage.Message m = (PgOutputMessage.Message)
                decode("4d01000000000199acb86d79707265666978000000000568656c6c6f");
        assertThat(m.prefix()).isEqualTo("myprefix");
        assertThat(new ChangeRenderer().render(m)).isEqualTo("MESSAGE transactional prefix=myprefix content=hello");
    }

    @Test
    void truncatedOrPaddedMessagesAreRejected() {
        assertThatThrownBy(() -> decode("420000000001989140")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> decode("420000000001989140000303fd503ff5fc0000032c00"))
                .hasMessageContaining("trailing");
        assertThatThrownBy(() -> decode("5a")).hasMessageContaining("unknown pgoutput message");
    }

    private static PgOutputMessage decode(String hex) {
        return PgOutputDecoder.decode(HexFormat.of().parseHex(hex));
    }
}
