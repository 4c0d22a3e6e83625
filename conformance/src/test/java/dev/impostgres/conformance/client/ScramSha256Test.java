package dev.impostgres.conformance.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The SCRAM-SHA-256 exchange of RFC 7677 section 3, byte for byte. */
class ScramSha256Test {

    private static final String SERVER_FIRST =
            "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";

    @Test
    void clientProofAndServerSignatureMatchTheRfcExample() throws Exception {
        ScramSha256 scram = new ScramSha256("pencil", "user", "rOprNGfwEbeRWgbNEkqO");
        assertThat(scram.clientFirst()).isEqualTo("n,,n=user,r=rOprNGfwEbeRWgbNEkqO");
        assertThat(scram.clientFinal(SERVER_FIRST)).isEqualTo(
                "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=");
        scram.verifyServerFinal("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=");
    }

    @Test
    void aServerThatDoesNotKnowThePasswordIsRejected() throws Exception {
        ScramSha256 scram = new ScramSha256("pencil", "user", "rOprNGfwEbeRWgbNEkqO");
        scram.clientFirst();
        scram.clientFinal(SERVER_FIRST);
        assertThatThrownBy(() -> scram.verifyServerFinal("v=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="))
                .hasMessageContaining("signature");
        assertThatThrownBy(() -> new ScramSha256("p", "", "abc").clientFinal("r=xyz,s=AAAA,i=1"))
                .hasMessageContaining("nonce");
    }
}
