package dev.impostgres.translator.ddl;

/** The option list of CREATE/ALTER SEQUENCE and of GENERATED … AS IDENTITY ( … ). */
final class SequenceOptionsParser {
    private SequenceOptionsParser() {}

    static SequenceOptions parse(Cursor c) {
        String asType = null, ownedBy = null;
        Long start = null, increment = null, min = null, max = null, cache = null, restartWith = null;
        Boolean cycle = null;
        boolean restart = false;
        while (!c.atEnd() && !c.isPunct(")")) {
            if (c.accept("as")) asType = c.slice(java.util.Set.of("start", "increment", "minvalue", "maxvalue", "no",
                    "cache", "cycle", "owned", "restart"));
            else if (c.accept("start")) {
                c.accept("with");
                start = c.number();
            } else if (c.accept("increment")) {
                c.accept("by");
                increment = c.number();
            } else if (c.accept("minvalue")) min = c.number();
            else if (c.accept("maxvalue")) max = c.number();
            else if (c.accept("no", "minvalue")) min = null;
            else if (c.accept("no", "maxvalue")) max = null;
            else if (c.accept("no", "cycle")) cycle = false;
            else if (c.accept("cycle")) cycle = true;
            else if (c.accept("cache")) cache = c.number();
            else if (c.accept("restart")) {
                restart = true;
                if (c.accept("with") || c.peek() != null && c.peek().kind() == dev.impostgres.translator.sql.Token.Kind.NUMBER) {
                    restartWith = c.number();
                }
            } else if (c.accept("owned", "by")) {
                ownedBy = c.accept("none") ? "" : c.slice(java.util.Set.of());
            } else if (c.accept("sequence", "name")) c.qualifiedName();
            else throw c.syntaxError();
        }
        return new SequenceOptions(asType, start, increment, min, max, cache, cycle, restart, restartWith, ownedBy);
    }
}
