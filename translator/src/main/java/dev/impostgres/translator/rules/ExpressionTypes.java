package dev.impostgres.translator.rules;

import dev.impostgres.translator.sql.Literals;
import dev.impostgres.translator.sql.Token;
import dev.impostgres.translator.sql.Token.Kind;
import dev.impostgres.translator.types.PgType;
import dev.impostgres.translator.types.PgTypes;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Postgres type of a select-list expression that the expression alone decides: predicates are bool, known
 * functions have their result type (the math functions follow their first argument: numeric for a decimal,
 * else float8), arithmetic on literals follows Postgres's promotion (int4 → int8 → numeric; float8 wins).
 * Null when it depends on column types the translator cannot see.
 */
final class ExpressionTypes {
    private ExpressionTypes() {}

    private static final Set<String> PREDICATE_WORDS = Set.of("and", "or", "not", "is", "in", "like", "ilike",
            "similar", "between", "exists", "isnull", "notnull", "overlaps");
    private static final Set<String> PREDICATE_OPERATORS = Set.of("=", "<>", "!=", "<", ">", "<=", ">=", "~", "~*",
            "!~", "!~*", "~~", "!~~", "~~*", "!~~*", "@>", "<@", "?", "?|", "?&", "&&");
    private static final Map<String, PgType> FUNCTIONS = Map.ofEntries(
            Map.entry("length", PgTypes.INT4), Map.entry("pg_overlaps", PgTypes.BOOL), Map.entry("char_length", PgTypes.INT4),
            Map.entry("character_length", PgTypes.INT4), Map.entry("octet_length", PgTypes.INT4),
            Map.entry("bit_length", PgTypes.INT4), Map.entry("strpos", PgTypes.INT4),
            Map.entry("position", PgTypes.INT4), Map.entry("ascii", PgTypes.INT4),
            Map.entry("upper", PgTypes.TEXT), Map.entry("lower", PgTypes.TEXT), Map.entry("initcap", PgTypes.TEXT),
            Map.entry("substr", PgTypes.TEXT), Map.entry("substring", PgTypes.TEXT), Map.entry("replace", PgTypes.TEXT),
            Map.entry("trim", PgTypes.TEXT), Map.entry("btrim", PgTypes.TEXT), Map.entry("ltrim", PgTypes.TEXT),
            Map.entry("rtrim", PgTypes.TEXT), Map.entry("left", PgTypes.TEXT), Map.entry("right", PgTypes.TEXT),
            Map.entry("lpad", PgTypes.TEXT), Map.entry("rpad", PgTypes.TEXT), Map.entry("repeat", PgTypes.TEXT),
            Map.entry("reverse", PgTypes.TEXT), Map.entry("split_part", PgTypes.TEXT), Map.entry("concat", PgTypes.TEXT),
            Map.entry("concat_ws", PgTypes.TEXT), Map.entry("format", PgTypes.TEXT), Map.entry("md5", PgTypes.TEXT),
            Map.entry("to_hex", PgTypes.TEXT), Map.entry("chr", PgTypes.TEXT), Map.entry("translate", PgTypes.TEXT),
            Map.entry("regexp_replace", PgTypes.TEXT), Map.entry("string_agg", PgTypes.TEXT),
            Map.entry("overlay", PgTypes.TEXT), Map.entry("starts_with", PgTypes.BOOL),
            Map.entry("regexp_like", PgTypes.BOOL), Map.entry("bool_and", PgTypes.BOOL),
            Map.entry("bool_or", PgTypes.BOOL), Map.entry("every", PgTypes.BOOL),
            Map.entry("now", PgTypes.byOid(1184)), Map.entry("current_timestamp", PgTypes.byOid(1184)),
            Map.entry("transaction_timestamp", PgTypes.byOid(1184)),
            Map.entry("statement_timestamp", PgTypes.byOid(1184)), Map.entry("clock_timestamp", PgTypes.byOid(1184)),
            Map.entry("current_date", PgTypes.byOid(1082)), Map.entry("localtimestamp", PgTypes.byOid(1114)),
            Map.entry("gen_random_uuid", PgTypes.byOid(2950)), Map.entry("random", PgTypes.FLOAT8),
            Map.entry("pi", PgTypes.FLOAT8), Map.entry("cbrt", PgTypes.FLOAT8), Map.entry("gcd", PgTypes.INT4),
            Map.entry("lcm", PgTypes.INT4), Map.entry("factorial", PgTypes.NUMERIC), Map.entry("scale", PgTypes.INT4),
            Map.entry("width_bucket", PgTypes.INT4), Map.entry("div", PgTypes.NUMERIC),
            Map.entry("extract", PgTypes.NUMERIC), Map.entry("date_part", PgTypes.FLOAT8),
            Map.entry("hashtext", PgTypes.INT4),
            Map.entry("pg_advisory_lock", PgTypes.VOID), Map.entry("pg_advisory_lock_shared", PgTypes.VOID),
            Map.entry("pg_advisory_xact_lock", PgTypes.VOID), Map.entry("pg_advisory_xact_lock_shared", PgTypes.VOID),
            Map.entry("pg_try_advisory_lock", PgTypes.BOOL), Map.entry("pg_try_advisory_lock_shared", PgTypes.BOOL),
            Map.entry("pg_try_advisory_xact_lock", PgTypes.BOOL),
            Map.entry("pg_try_advisory_xact_lock_shared", PgTypes.BOOL),
            Map.entry("pg_advisory_unlock", PgTypes.BOOL), Map.entry("pg_advisory_unlock_shared", PgTypes.BOOL),
            Map.entry("pg_advisory_unlock_all", PgTypes.VOID), Map.entry("pg_sleep", PgTypes.VOID),
            Map.entry("count", PgTypes.INT8),
            // catalog functions (change-tracking's catalog package)
            Map.entry("format_type", PgTypes.TEXT), Map.entry("pg_get_expr", PgTypes.TEXT),
            Map.entry("pg_get_indexdef", PgTypes.TEXT), Map.entry("pg_get_constraintdef", PgTypes.TEXT),
            Map.entry("pg_get_serial_sequence", PgTypes.TEXT), Map.entry("obj_description", PgTypes.TEXT),
            Map.entry("col_description", PgTypes.TEXT), Map.entry("shobj_description", PgTypes.TEXT),
            Map.entry("version", PgTypes.TEXT), Map.entry("current_setting", PgTypes.TEXT),
            Map.entry("pg_trigger_depth", PgTypes.INT4),
            Map.entry("set_config", PgTypes.TEXT), Map.entry("pg_encoding_to_char", PgTypes.NAME),
            Map.entry("current_database", PgTypes.NAME), Map.entry("current_schema", PgTypes.NAME),
            Map.entry("current_schemas", PgTypes.byOid(1003)), Map.entry("pg_table_is_visible", PgTypes.BOOL),
            Map.entry("pg_type_is_visible", PgTypes.BOOL), Map.entry("pg_function_is_visible", PgTypes.BOOL),
            Map.entry("has_table_privilege", PgTypes.BOOL), Map.entry("has_schema_privilege", PgTypes.BOOL),
            Map.entry("has_database_privilege", PgTypes.BOOL), Map.entry("has_column_privilege", PgTypes.BOOL),
            Map.entry("has_sequence_privilege", PgTypes.BOOL), Map.entry("has_function_privilege", PgTypes.BOOL),
            Map.entry("has_type_privilege", PgTypes.BOOL), Map.entry("pg_has_role", PgTypes.BOOL),
            Map.entry("pg_is_in_recovery", PgTypes.BOOL), Map.entry("pg_get_userbyid", PgTypes.NAME),
            Map.entry("pg_get_viewdef", PgTypes.TEXT), Map.entry("pg_size_pretty", PgTypes.TEXT),
            Map.entry("pg_relation_size", PgTypes.INT8), Map.entry("pg_table_size", PgTypes.INT8),
            Map.entry("pg_total_relation_size", PgTypes.INT8), Map.entry("pg_backend_pid", PgTypes.INT4),
            Map.entry("txid_current", PgTypes.INT8), Map.entry("pg_current_xact_id", PgTypes.XID8),
            Map.entry("pg_current_wal_lsn", PgTypes.PG_LSN), Map.entry("pg_current_wal_insert_lsn", PgTypes.PG_LSN),
            Map.entry("pg_current_wal_flush_lsn", PgTypes.PG_LSN), Map.entry("pg_last_wal_receive_lsn", PgTypes.PG_LSN),
            Map.entry("pg_last_wal_replay_lsn", PgTypes.PG_LSN), Map.entry("pg_logical_emit_message", PgTypes.PG_LSN),
            Map.entry("pg_create_logical_replication_slot", PgTypes.RECORD),
            Map.entry("pg_replication_slot_advance", PgTypes.RECORD),
            Map.entry("pg_drop_replication_slot", PgTypes.VOID), Map.entry("pg_terminate_backend", PgTypes.BOOL),
            // json functions (change-tracking's JsonFunctions)
            Map.entry("jsonb_build_object", PgTypes.JSONB), Map.entry("json_build_object", PgTypes.JSON),
            Map.entry("jsonb_build_array", PgTypes.JSONB), Map.entry("json_build_array", PgTypes.JSON),
            Map.entry("to_jsonb", PgTypes.JSONB), Map.entry("to_json", PgTypes.JSON), Map.entry("row_to_json", PgTypes.JSON),
            Map.entry("jsonb_typeof", PgTypes.TEXT), Map.entry("json_typeof", PgTypes.TEXT),
            Map.entry("jsonb_array_length", PgTypes.INT4), Map.entry("json_array_length", PgTypes.INT4),
            Map.entry("jsonb_set", PgTypes.JSONB), Map.entry("jsonb_insert", PgTypes.JSONB), Map.entry("jsonb_agg", PgTypes.JSONB),
            Map.entry("json_agg", PgTypes.JSON), Map.entry("jsonb_object_agg", PgTypes.JSONB),
            Map.entry("json_object_agg", PgTypes.JSON), Map.entry("json_object_keys", PgTypes.TEXT),
            Map.entry("jsonb_object_keys", PgTypes.TEXT), Map.entry("json_strip_nulls", PgTypes.JSON),
            Map.entry("json_array_elements_text", PgTypes.TEXT), Map.entry("jsonb_array_elements_text", PgTypes.TEXT),
            Map.entry("json_array_elements", PgTypes.JSON), Map.entry("jsonb_array_elements", PgTypes.JSONB),
            Map.entry("jsonb_strip_nulls", PgTypes.JSONB), Map.entry("jsonb_pretty", PgTypes.TEXT),
            Map.entry("jsonb_path_query", PgTypes.JSONB), Map.entry("jsonb_path_query_array", PgTypes.JSONB),
            Map.entry("jsonb_path_query_first", PgTypes.JSONB), Map.entry("jsonb_path_exists", PgTypes.BOOL),
            Map.entry("jsonb_path_match", PgTypes.BOOL),
            // typed operators and date/time functions (TypedOperatorRule, change-tracking's TemporalFunctions)
            Map.entry("pg_numeric_op", PgTypes.NUMERIC), Map.entry("pg_bytea_concat", PgTypes.BYTEA),
            Map.entry("decode", PgTypes.BYTEA), Map.entry("encode", PgTypes.TEXT), Map.entry("pg_float8_op", PgTypes.FLOAT8), Map.entry("pg_float_neg", PgTypes.FLOAT8),
            Map.entry("pg_float4_op", PgTypes.FLOAT4), Map.entry("pg_int4_op", PgTypes.INT4), Map.entry("pg_round_float", PgTypes.FLOAT8), Map.entry("pg_time_op", PgTypes.TIME), Map.entry("pg_int2_op", PgTypes.INT2),
            Map.entry("pg_int8_op", PgTypes.INT8), Map.entry("pg_date_op", PgTypes.DATE),
            Map.entry("pg_date_diff", PgTypes.INT4), Map.entry("pg_timestamp_op", PgTypes.TIMESTAMP),
            Map.entry("pg_timestamptz_op", PgTypes.TIMESTAMPTZ), Map.entry("pg_interval_op", PgTypes.INTERVAL),
            Map.entry("pg_numeric_sum", PgTypes.NUMERIC), Map.entry("pg_numeric_avg", PgTypes.NUMERIC),
            Map.entry("pg_interval_sum", PgTypes.INTERVAL),
            Map.entry("to_char", PgTypes.TEXT), Map.entry("age", PgTypes.INTERVAL),
            Map.entry("make_date", PgTypes.DATE), Map.entry("make_time", PgTypes.TIME),
            Map.entry("make_timestamp", PgTypes.TIMESTAMP), Map.entry("make_timestamptz", PgTypes.TIMESTAMPTZ),
            Map.entry("make_interval", PgTypes.INTERVAL), Map.entry("justify_days", PgTypes.INTERVAL),
            Map.entry("justify_hours", PgTypes.INTERVAL), Map.entry("justify_interval", PgTypes.INTERVAL),
            Map.entry("to_timestamp", PgTypes.TIMESTAMPTZ), Map.entry("to_date", PgTypes.DATE),
            Map.entry("to_number", PgTypes.NUMERIC),
            Map.entry("array_length", PgTypes.INT4), Map.entry("cardinality", PgTypes.INT4),
            Map.entry("array_upper", PgTypes.INT4), Map.entry("array_lower", PgTypes.INT4),
            Map.entry("array_ndims", PgTypes.INT4), Map.entry("array_dims", PgTypes.TEXT), Map.entry("array_position", PgTypes.INT4),
            Map.entry("array_positions", PgTypes.byOid(1007)), Map.entry("pg_dsqrt", PgTypes.FLOAT8),
            Map.entry("pg_dcbrt", PgTypes.FLOAT8),
            Map.entry("pg_numeric_sqrt", PgTypes.NUMERIC), Map.entry("pg_numeric_exp", PgTypes.NUMERIC),
            Map.entry("pg_numeric_ln", PgTypes.NUMERIC), Map.entry("pg_numeric_log", PgTypes.NUMERIC),
            Map.entry("pg_numeric_power", PgTypes.NUMERIC), Map.entry("pg_float_sqrt", PgTypes.FLOAT8),
            Map.entry("pg_float_exp", PgTypes.FLOAT8), Map.entry("pg_float_ln", PgTypes.FLOAT8),
            Map.entry("pg_float_log", PgTypes.FLOAT8), Map.entry("pg_float_power", PgTypes.FLOAT8),
            Map.entry("trim_scale", PgTypes.NUMERIC), Map.entry("min_scale", PgTypes.INT4),
            Map.entry("regexp_match", PgTypes.TEXT_ARRAY),
            Map.entry("regexp_matches", PgTypes.TEXT_ARRAY), Map.entry("regexp_split_to_table", PgTypes.TEXT), Map.entry("regexp_split_to_array", PgTypes.TEXT_ARRAY), Map.entry("string_to_array", PgTypes.TEXT_ARRAY),
            Map.entry("quote_ident", PgTypes.TEXT), Map.entry("quote_literal", PgTypes.TEXT),
            Map.entry("quote_nullable", PgTypes.TEXT), Map.entry("array_to_string", PgTypes.TEXT),
            Map.entry("row_number", PgTypes.INT8), Map.entry("rank", PgTypes.INT8), Map.entry("grouping", PgTypes.INT4),
            Map.entry("dense_rank", PgTypes.INT8), Map.entry("ntile", PgTypes.INT4),
            Map.entry("percent_rank", PgTypes.FLOAT8), Map.entry("cume_dist", PgTypes.FLOAT8),
            Map.entry("isfinite", PgTypes.BOOL), Map.entry("pg_typeof", PgTypes.REGTYPE),
            Map.entry("pg_extract", PgTypes.NUMERIC), Map.entry("pg_date_part", PgTypes.FLOAT8),
            Map.entry("pg_to_char", PgTypes.TEXT), Map.entry("pg_age", PgTypes.INTERVAL), Map.entry("now()", PgTypes.TIMESTAMPTZ),
            Map.entry("pg_current_date()", PgTypes.DATE), Map.entry("pg_localtimestamp()", PgTypes.TIMESTAMP),
            Map.entry("current_time", PgTypes.TIMETZ), Map.entry("localtime", PgTypes.TIME));
    /** The parameterless SQL value functions of type name. */
    private static final Set<String> NAME_VALUE_FUNCTIONS = Set.of("current_user", "session_user", "current_role",
            "current_catalog", "current_schema", "user");
    /** Functions typed after their first argument: numeric stays numeric, integers become float8. */
    private static final Set<String> FLOAT_OR_NUMERIC = Set.of("round", "ceil", "ceiling", "floor", "trunc", "sign",
            "power", "pow", "sqrt", "exp", "ln", "log", "log10");
    /** Functions typed exactly as their first argument. */
    private static final Set<String> SAME_AS_ARGUMENT = Set.of("abs", "mod", "coalesce", "nullif", "min", "max");

    static PgType of(List<Token> e) {
        return of(e, ColumnTypes.NONE);
    }

    static PgType of(List<Token> e, ColumnTypes c) {
        if (e.isEmpty()) return null;
        // ?1, a SQLite-style parameter some callers write: its type is unknown (not the jsonb ? predicate)
        if (e.size() == 2 && e.get(0).isOperator("?") && e.get(1).kind() == Kind.NUMBER) return null;
        int last = e.size() - 1;
        if (e.get(0).isPunct("(") && TokenNav.closingOf(e, 0) == last) {
            if (last > 1 && e.get(1).is("select")) return scalarSubquery(e.subList(2, last), c);
            return last > 1 && e.get(1).is("with") ? null : of(e.subList(1, last), c);
        }
        if (e.size() > 3 && e.get(0).is("array") && e.get(1).isPunct("(") && e.get(2).is("select")
                && TokenNav.closingOf(e, 1) == last) { // ARRAY(SELECT x …): x's array type
            PgType element = subqueryType(e.subList(1, e.size()), c);
            return element == null || element.arrayOid() == 0 ? null : PgTypes.byOid(element.arrayOid());
        }
        if (e.get(0).is("select") || e.get(0).is("with")) return null;
        if (isPredicate(e)) return PgTypes.BOOL;
        PgType atTimeZone = atTimeZone(e, c);
        if (atTimeZone != null) return atTimeZone;
        Token first = e.get(0);
        if (e.size() == 1 && first.kind() == Kind.IDENT && NAME_VALUE_FUNCTIONS.contains(first.identifier())) {
            return PgTypes.NAME;
        }
        if (e.size() > 4 && first.is("pg_catalog") && e.get(1).isPunct(".")) return of(e.subList(2, e.size()), c);
        if (e.size() > 2 && first.kind() == Kind.IDENT && e.get(1).isPunct("(") && TokenNav.closingOf(e, 1) == last) {
            String fn = first.identifier();
            if ((fn.equals("pg_cast") || fn.equals("pg_convert") || fn.equals("_pg_domain"))
                    && Literals.isString(e.get(last - 1))) { // _pg_domain: a cast to a domain, typed as its base
                return PgTypes.byName(Literals.stringValue(e.get(last - 1))); // a cast already rewritten
            }
            if ((fn.equals("pg_greatest") || fn.equals("pg_least")) && Literals.isString(e.get(2))) { // CallArgumentRule's
                String tag = e.get(2).text();
                return PgTypes.byName(tag.substring(1, tag.length() - 1));
            }
            if (fn.equals("cast")) return sqliteIntegerCast(e.subList(2, last), c);
            PgType known = FUNCTIONS.get(fn);
            if (known != null) return known;
            if (fn.equals("enum_range") || fn.equals("enum_first") || fn.equals("enum_last")) {
                return EnumRangeRule.resultType(fn, e.subList(2, last));
            }
            List<Token> arg = firstArgument(e.subList(2, last));
            if (arg != null && !arg.isEmpty() && (arg.get(0).is("distinct") || arg.get(0).is("all"))) {
                arg = arg.subList(1, arg.size());
            }
            if (fn.equals("array_prepend")) {
                List<Token> second = secondArgument(e.subList(2, last));
                return second == null ? null : of(second, c);
            }
            PgType argType = arg == null ? null : of(arg, c);
            if (fn.equals("power") || fn.equals("pow") || fn.equals("log")) { // any numeric argument: numeric
                List<Token> second = secondArgument(e.subList(2, last));
                if (second != null) {
                    PgType secondType = of(second, c);
                    if (fn.equals("log") || argType != null && argType.oid() == 1700
                            || secondType != null && secondType.oid() == 1700) return PgTypes.NUMERIC;
                    return argType == null || secondType == null ? null : PgTypes.FLOAT8;
                }
            }
            if (FLOAT_OR_NUMERIC.contains(fn)) {
                return argType != null && argType.oid() == 1700 ? PgTypes.NUMERIC : argType == null ? null : PgTypes.FLOAT8;
            }
            if (SAME_AS_ARGUMENT.contains(fn)) return argType;
            if (fn.equals("greatest") || fn.equals("least")) {
                String common = CallArgumentRule.commonType(e, 1, c);
                return common.isEmpty() ? null : PgTypes.byName(common);
            }
            return argType == null ? null : byArgument(fn, argType, e.subList(2, last), c);
        }
        if (first.is("case") && e.get(last).is("end")) return caseType(e, c);
        if (e.size() > 4 && first.kind() == Kind.IDENT && e.get(1).isPunct("(")) {
            // f(…) [FILTER (WHERE …)] [OVER (…)]: f's type
            int close = TokenNav.closingOf(e, 1);
            int k = close;
            if (k > 0 && k + 2 < e.size() && e.get(k + 1).is("filter") && e.get(k + 2).isPunct("(")) {
                k = TokenNav.closingOf(e, k + 2);
            }
            if (k > 0 && k + 3 < e.size() && e.get(k + 1).is("within") && e.get(k + 2).is("group")
                    && e.get(k + 3).isPunct("(")) {
                return orderedSetType(first.identifier(), e.subList(k + 3, e.size()), c);
            }
            if (k > 0 && k + 2 < e.size() && e.get(k + 1).is("over") && e.get(k + 2).isPunct("(")) {
                k = TokenNav.closingOf(e, k + 2);
            }
            if (k == last && close != last) return of(e.subList(0, close + 1), c);
        }
        if (first.is("array") && e.size() > 2 && e.get(1).isPunct("[") && TokenNav.closingOf(e, 1) == last) {
            return arrayType(e.subList(1, e.size()), c);
        }
        PgType element = subscriptType(e, c);
        if (element != null) return element;
        PgType json = jsonOperator(e, c);
        if (json != null) return json;
        PgType arithmetic = arithmetic(e, c);
        if (arithmetic != null) return arithmetic;
        if (e.size() == 2 && first.kind() == Kind.IDENT && Literals.isString(e.get(1))) {
            return PgTypes.byName(first.identifier()); // typed literal: interval '1 day'
        }
        if (e.size() > 2 && first.kind() == Kind.IDENT && Literals.isString(e.get(last))) {
            TokenNav.TypeRef type = TokenNav.typeName(e, 0); // timestamp without time zone '…'
            if (type != null && type.last() == last - 1) return PgTypes.byName(type.name());
        }
        if (e.size() == 3 && isName(first) && e.get(1).isPunct(".") && isName(e.get(2))) {
            return c.of(name(first), name(e.get(2)));
        }
        if (e.size() == 1 && first.kind() == Kind.QUOTED_IDENT) return c.of(null, name(first));
        if (e.size() == 1) {
            if (first.kind() == Kind.NUMBER) return numberType(first.text());
            if (Literals.isString(first)) return PgTypes.TEXT;
            if (first.is("true") || first.is("false")) return PgTypes.BOOL;
            if (first.kind() == Kind.IDENT) {
                PgType value = FUNCTIONS.get(first.identifier()); // current_date …
                return value != null ? value : c.of(null, first.identifier());
            }
        }
        if (e.size() == 2 && (first.isOperator("-") || first.isOperator("+") || first.isOperator("~"))
                && e.get(1).kind() == Kind.NUMBER) {
            return numberType((first.isOperator("-") ? "-" : "") + e.get(1).text()); // -2147483648 is an int4
        }
        if (e.size() >= 2 && first.isOperator("-")) { // -interval '2 hours', -x: negation keeps the type
            PgType negated = of(e.subList(1, e.size()), c);
            if (negated != null && (negated.oid() == 1186 || NEGATABLE.contains(negated.oid()))) return negated;
        }
        int cast = castType(e);
        return cast >= 0 ? PgTypes.byOid(cast) : null;
    }

    /**
     * {@code f(…) WITHIN GROUP (ORDER BY x)}: percentile_cont is float8 (interval over intervals), percentile_disc
     * and mode have x's type.
     */
    private static PgType orderedSetType(String fn, List<Token> withinGroup, ColumnTypes c) {
        int close = TokenNav.closingOf(withinGroup, 0);
        if (close != withinGroup.size() - 1 || close < 3 || !withinGroup.get(1).is("order")) return null;
        List<Token> key = withinGroup.subList(3, close);
        while (!key.isEmpty() && Set.of("asc", "desc", "nulls", "first", "last").contains(key.get(key.size() - 1).identifier())) {
            key = key.subList(0, key.size() - 1);
        }
        PgType type = of(key, c);
        if (fn.equals("percentile_cont")) return type != null && type.oid() == 1186 ? type : PgTypes.FLOAT8;
        return fn.equals("percentile_disc") || fn.equals("mode") ? type : null;
    }

    /** {@code x AT TIME ZONE z} at the top level: timestamptz gives timestamp, timestamp (or date) timestamptz. */
    private static PgType atTimeZone(List<Token> e, ColumnTypes c) {
        int depth = 0;
        for (int k = 0; k + 2 < e.size(); k++) {
            Token t = e.get(k);
            if (t.isPunct("(") || t.isPunct("[")) depth++;
            else if (t.isPunct(")") || t.isPunct("]")) depth--;
            else if (depth == 0 && k > 0 && t.is("at") && e.get(k + 1).is("time") && e.get(k + 2).is("zone")) {
                PgType left = of(e.subList(0, k), c);
                if (left == null) return null;
                return left.oid() == 1184 ? PgTypes.TIMESTAMP : left.oid() == 1114 || left.oid() == 1082
                        ? PgTypes.TIMESTAMPTZ : null;
            }
        }
        return null;
    }

    /**
     * A scalar subquery {@code (SELECT item FROM …)}: the type of its one item (e.g. count(*) is bigint); null for
     * several items, set operations or anything not plainly one expression.
     */
    private static PgType scalarSubquery(List<Token> afterSelect, ColumnTypes c) {
        int depth = 0, end = afterSelect.size();
        for (int k = 0; k < afterSelect.size(); k++) {
            Token t = afterSelect.get(k);
            if (t.isPunct("(")) depth++;
            else if (t.isPunct(")")) depth--;
            else if (depth == 0 && (t.isPunct(",") || t.is("union") || t.is("intersect") || t.is("except"))) return null;
            else if (depth == 0 && end == afterSelect.size() && (t.is("from") || t.is("where") || t.is("group")
                    || t.is("order") || t.is("limit") || t.is("having"))) {
                end = k;
            }
        }
        List<Token> item = afterSelect.subList(0, end);
        if (!item.isEmpty() && (item.get(0).is("distinct") || item.get(0).is("all"))) return null;
        if (item.size() > 2 && item.get(item.size() - 2).is("as")) item = item.subList(0, item.size() - 2);
        return item.isEmpty() ? null : of(item, c);
    }

    /** (SELECT item FROM …), given from its parenthesis: the item's type when it is the only one. */
    private static PgType subqueryType(List<Token> parenthesised, ColumnTypes c) {
        List<DerivedColumns.Item> items = DerivedColumns.items(parenthesised, 1, parenthesised.size() - 1);
        return items.size() == 1 && !items.get(0).expression().isEmpty()
                && !items.get(0).expression().get(0).isOperator("*") ? of(items.get(0).expression(), c) : null;
    }

    /** {@code a[i]}: the element type (int2vector → int2, oidvector → oid); a slice {@code a[i:j]} keeps a's type. */
    private static PgType subscriptType(List<Token> e, ColumnTypes c) {
        int last = e.size() - 1;
        if (e.size() < 4 || !e.get(last).isPunct("]")) return null;
        int open = TokenNav.openingOf(e, last);
        if (open < 1 || e.get(open - 1).is("array")) return null;
        PgType base = of(e.subList(0, open), c);
        if (base == null) return null;
        for (int k = open + 1; k < last; k++) if (e.get(k).text().equals(":")) return base.isArray() ? base : null;
        if (base.oid() == 3802) return base; // jsonb subscripting: j['a'][0]
        if (base.oid() == 22) return PgTypes.INT2;
        if (base.oid() == 30) return PgTypes.byOid(26);
        if (!base.isArray() && e.get(open - 1).isPunct("]")) return base; // m[2][1]: still m's element type
        return base.isArray() ? PgTypes.byOid(base.elementOid()) : null;
    }

    /** ARRAY[…]: the array type of its first typed element (nested brackets: of their elements). */
    private static PgType arrayType(List<Token> bracketed, ColumnTypes c) {
        for (List<Token> element : ArrayConstructorRule.elements(bracketed)) {
            if (element.size() == 1 && element.get(0).is("null")) continue;
            PgType type = !element.isEmpty() && element.get(0).isPunct("[") ? arrayType(element, c) : of(element, c);
            if (type == null) continue;
            if (type.isArray()) return type;
            return type.arrayOid() == 0 ? null : PgTypes.byOid(type.arrayOid());
        }
        return null;
    }

    private static boolean isName(Token t) {
        return t.kind() == Kind.IDENT || t.kind() == Kind.QUOTED_IDENT;
    }

    private static String name(Token t) {
        return t.kind() == Kind.QUOTED_IDENT ? t.text().substring(1, t.text().length() - 1).replace("\"\"", "\"")
                : t.identifier();
    }

    /** Functions whose result type follows their argument's: sum, avg, date_trunc, array_agg, unnest. */
    private static PgType byArgument(String fn, PgType arg, List<Token> args, ColumnTypes c) {
        int oid = arg.oid();
        switch (fn) {
            case "sum":
                if (oid == 21 || oid == 23) return PgTypes.INT8;
                if (oid == 20 || oid == 1700) return PgTypes.NUMERIC;
                return oid == 700 || oid == 701 || oid == 1186 ? arg : null;
            case "variance": case "var_pop": case "var_samp": case "stddev": case "stddev_pop": case "stddev_samp":
                return oid == 700 || oid == 701 ? PgTypes.FLOAT8 : PgTypes.NUMERIC;
            case "generate_series":
                return seriesType(args, c);
            case "avg":
                return oid == 700 || oid == 701 ? PgTypes.FLOAT8 : oid == 1186 ? arg : PgTypes.NUMERIC;
            case "date_trunc": {
                List<Token> second = secondArgument(args);
                PgType t = second == null ? null : of(second, c);
                if (t == null) return null;
                return t.oid() == 1082 ? PgTypes.TIMESTAMPTZ : t;
            }
            case "array_agg":
                return arg.arrayOid() == 0 ? null : PgTypes.byOid(arg.arrayOid());
            case "unnest":
                return arg.isArray() ? PgTypes.byOid(arg.elementOid()) : null;
            case "array_fill":
                return arg.arrayOid() == 0 ? null : PgTypes.byOid(arg.arrayOid());
            case "array_append": case "array_cat": case "array_remove": case "array_replace": case "trim_array":
                return arg.isArray() ? arg : null;
            default:
                return null;
        }
    }

    /**
     * generate_series(start, stop [, step]): numeric when any argument is numeric, else bigint when any is, else the
     * start's type (integer, timestamp…).
     */
    static PgType seriesType(List<Token> args, ColumnTypes c) {
        List<Token> first = firstArgument(args);
        PgType start = first == null ? null : of(first, c);
        if (start == null) return null;
        int[] ranks = {start.oid(), 0, 0};
        List<Token> rest = secondArgument(args);
        for (int k = 1; rest != null && k < 3; k++) {
            List<Token> arg = firstArgument(rest);
            PgType type = arg == null ? null : of(arg, c);
            ranks[k] = type == null ? 0 : type.oid();
            rest = secondArgument(rest);
        }
        boolean integral = start.oid() == 21 || start.oid() == 23 || start.oid() == 20 || start.oid() == 1700;
        if (!integral) return start;
        for (int oid : ranks) if (oid == 1700) return PgTypes.NUMERIC;
        for (int oid : ranks) if (oid == 20) return PgTypes.INT8;
        return start;
    }

    /**
     * {@code CAST(x AS INTEGER)}, as CastRule writes a cast between integer types that needs no range check: x's
     * own integer type (the value fits it), so an enclosing cast still knows what it narrows
     * ({@code abs(-2147483648::bigint)::int}). Null for anything else.
     */
    private static PgType sqliteIntegerCast(List<Token> inside, ColumnTypes c) {
        if (inside.size() < 3 || !inside.get(inside.size() - 1).is("integer") || !inside.get(inside.size() - 2).is("as")) {
            return null;
        }
        PgType operand = of(inside.subList(0, inside.size() - 2), c);
        return operand != null && (operand.oid() == 21 || operand.oid() == 23 || operand.oid() == 20) ? operand : null;
    }

    private static List<Token> secondArgument(List<Token> args) {
        int depth = 0;
        for (int k = 0; k < args.size(); k++) {
            Token t = args.get(k);
            if (t.isPunct("(") || t.isPunct("[")) depth++;
            else if (t.isPunct(")") || t.isPunct("]")) depth--;
            else if (depth == 0 && t.isPunct(",")) return args.subList(k + 1, args.size());
        }
        return null;
    }

    /** A top-level comparison, boolean connective or predicate key word (outside parentheses and CASE). */
    private static boolean isPredicate(List<Token> e) {
        int depth = 0;
        for (int k = 0; k < e.size(); k++) {
            Token t = e.get(k);
            if (k == 0 && t.isOperator("~")) continue; // prefix ~ is bitwise not
            if (t.isPunct("(") || t.isPunct("[") || t.is("case")) depth++;
            else if (t.isPunct(")") || t.isPunct("]") || t.is("end")) depth--;
            else if (depth == 0 && (t.kind() == Kind.OPERATOR && PREDICATE_OPERATORS.contains(t.text())
                    || t.kind() == Kind.IDENT && PREDICATE_WORDS.contains(t.identifier()))) return true;
        }
        return false;
    }

    private static List<Token> firstArgument(List<Token> args) {
        int depth = 0;
        for (int k = 0; k < args.size(); k++) {
            Token t = args.get(k);
            if (t.isPunct("(") || t.isPunct("[")) depth++;
            else if (t.isPunct(")") || t.isPunct("]")) depth--;
            else if (depth == 0 && (t.isPunct(",") || t.is("from") || t.is("order"))) return args.subList(0, k);
        }
        return args.isEmpty() ? null : args;
    }

    /** The type of the THEN/ELSE results: numeric if any is numeric, else the first known one. */
    private static PgType caseType(List<Token> e, ColumnTypes c) {
        int depth = 0;
        PgType found = null;
        int start = -1;
        for (int k = 1; k < e.size(); k++) {
            Token t = e.get(k);
            boolean atDepth0 = depth == 0;
            if (t.isPunct("(") || t.isPunct("[") || t.is("case")) depth++;
            else if (t.isPunct(")") || t.isPunct("]") || (t.is("end") && k < e.size() - 1)) depth--;
            if (atDepth0 && (t.is("when") || t.is("else") || t.is("end") || t.is("then"))) {
                if (start >= 0) {
                    PgType branch = of(e.subList(start, k), c);
                    if (branch != null && branch.oid() == 1700) return branch;
                    if (found == null && branch != null && !e.get(start).is("null")) found = branch;
                }
                start = t.is("then") || t.is("else") ? k + 1 : -1;
            }
        }
        return found;
    }

    private static boolean untypedString(List<Token> operand) {
        return operand.size() == 1 && (operand.get(0).kind() == Kind.STRING || operand.get(0).kind() == Kind.ESCAPE_STRING);
    }

    private static final Set<String> ARITHMETIC_OPERATORS = Set.of("+", "-", "*", "/", "%", "||", "^", "&", "|", "#",
            "<<", ">>");
    private static final Set<Integer> NEGATABLE = Set.of(21, 23, 20, 1700, 700, 701);
    private static final Set<String> BITWISE = Set.of("&", "|", "#", "<<", ">>");

    /** + - * / % on operands of known type: float8 > numeric > int8 > int4 (and int2 → int4). */
    private static PgType arithmetic(List<Token> e, ColumnTypes c) {
        int depth = 0;
        int split = -1;
        for (int k = e.size() - 1; k > 0; k--) {
            Token t = e.get(k);
            if (t.isPunct(")") || t.isPunct("]") || t.is("end")) depth++;
            else if (t.isPunct("(") || t.isPunct("[") || t.is("case")) depth--;
            else if (depth == 0 && t.kind() == Kind.OPERATOR && ARITHMETIC_OPERATORS.contains(t.text())) {
                Token before = e.get(k - 1);
                if (before.kind() == Kind.OPERATOR || before.isPunct("(") || before.isPunct(",")) continue; // unary
                if (split < 0 || rank(t.text()) < rank(e.get(split).text())) split = k;
            }
        }
        if (split < 0) return null;
        String op = e.get(split).text();
        if (op.equals("||")) { // bytea || bytea is bytea; everything else here is text
            PgType l = of(e.subList(0, split), c), r = of(e.subList(split + 1, e.size()), c);
            if (l != null && r != null && l.oid() == 17 && r.oid() == 17) return PgTypes.BYTEA;
            if (l != null && l.isArray() && l.oid() != 22 && l.oid() != 30) return l; // as ArrayConcatRule
            if (r != null && r.isArray() && r.oid() != 22 && r.oid() != 30) return r;
            List<Token> ls = e.subList(0, split), rs = e.subList(split + 1, e.size());
            boolean lj = l != null && l.oid() == 3802, rj = r != null && r.oid() == 3802;
            if (lj && (rj || untypedString(rs)) || rj && untypedString(ls)) return PgTypes.JSONB; // as JsonbConcatRule
            return PgTypes.TEXT;
        }
        PgType l = of(e.subList(0, split), c);
        if (op.equals("-") && l != null && l.oid() == 3802) return PgTypes.JSONB; // as JsonbConcatRule
        PgType r = of(e.subList(split + 1, e.size()), c);
        if (l == null || r == null) return null;
        if (op.equals("^")) return l.oid() == 1700 || r.oid() == 1700 ? PgTypes.NUMERIC : PgTypes.FLOAT8;
        if (BITWISE.contains(op)) { // int2 & int2 stays int2; a shift has its left operand's type
            if (op.equals("<<") || op.equals(">>")) return l;
            if (l.oid() == 21 && r.oid() == 21) return PgTypes.INT2;
            return promote(l, r);
        }
        String typed = TypedOperatorRule.arithmeticFunction(op, l.oid(), r.oid());
        if (typed != null) return FUNCTIONS.get(typed);
        return promote(l, r);
    }

    /** The last top-level {@code -> #>} (json or jsonb after the left operand) or {@code ->> #>>} (text). */
    private static PgType jsonOperator(List<Token> e, ColumnTypes c) {
        int depth = 0;
        for (int k = e.size() - 1; k > 0; k--) {
            Token t = e.get(k);
            if (t.isPunct(")") || t.isPunct("]") || t.is("end")) depth++;
            else if (t.isPunct("(") || t.isPunct("[") || t.is("case")) depth--;
            else if (depth == 0 && t.kind() == Kind.OPERATOR) {
                switch (t.text()) {
                    case "->>", "#>>" -> { return PgTypes.TEXT; }
                    case "#-" -> { return PgTypes.JSONB; }
                    case "->", "#>" -> {
                        PgType left = of(e.subList(0, k), c);
                        return left != null && left.oid() == 114 ? PgTypes.JSON : PgTypes.JSONB;
                    }
                    default -> { }
                }
            }
        }
        return null;
    }

    private static int rank(String op) {
        return switch (op) {
            case "||", "&", "|", "#", "<<", ">>" -> 0;
            case "+", "-" -> 1;
            case "*", "/", "%" -> 2;
            default -> 3;
        };
    }

    private static PgType promote(PgType l, PgType r) {
        int[] order = {701, 700, 1700, 20, 23, 21};
        for (int oid : order) {
            if (l.oid() == oid || r.oid() == oid) return oid == 21 ? PgTypes.INT4 : oid == 700 ? PgTypes.FLOAT8 : PgTypes.byOid(oid);
        }
        return null;
    }

    /** A trailing ::type covering the whole expression, as an OID, or -1. */
    private static int castType(List<Token> e) {
        for (int k = e.size() - 1; k > 0; k--) {
            if (e.get(k).isOperator("::")) {
                TokenNav.TypeRef type = TokenNav.typeName(e, k + 1);
                if (type != null && type.last() == e.size() - 1 && TokenNav.operandStart(e, k - 1) == 0) {
                    PgType t = PgTypes.byName(type.name());
                    return t == null ? -1 : t.oid();
                }
                return -1;
            }
        }
        return -1;
    }

    static PgType numberType(String literal) {
        String digits = literal.replace("_", "");
        if (digits.contains(".") || digits.contains("e") || digits.contains("E")) return PgTypes.NUMERIC;
        try {
            java.math.BigInteger v = digits.startsWith("0x") || digits.startsWith("0X")
                    ? new java.math.BigInteger(digits.substring(2), 16) : new java.math.BigInteger(digits);
            if (v.bitLength() < 32) return PgTypes.INT4;
            if (v.bitLength() < 64) return PgTypes.INT8;
            return PgTypes.NUMERIC;
        } catch (NumberFormatException ex) {
            return null;
        }
    }
}
