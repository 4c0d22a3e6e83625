package dev.impostgres.translator.types;

import dev.impostgres.translator.error.PgException;
import dev.impostgres.translator.error.SqlState;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * array_send / array_recv: int32 ndim | int32 flags (1 = has nulls) | uint32 element type |
 * ndim × (int32 length | int32 lower bound) | per element: int32 length (-1 = NULL) | bytes.
 */
final class ArrayBinary {
    private ArrayBinary() {}

    static byte[] send(PgType arrayType, PgArray array, Function<String, byte[]> sendElement) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean hasNull = array.elements().stream().anyMatch(java.util.Objects::isNull);
        ByteBuffer header = ByteBuffer.allocate(12 + 8 * array.dims().length);
        header.putInt(array.dims().length).putInt(hasNull ? 1 : 0).putInt(arrayType.elementOid());
        for (int d = 0; d < array.dims().length; d++) header.putInt(array.dims()[d]).putInt(array.lowerBounds()[d]);
        out.writeBytes(header.array());
        for (String element : array.elements()) {
            if (element == null) {
                out.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
            } else {
                byte[] bytes = sendElement.apply(element);
                out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
                out.writeBytes(bytes);
            }
        }
        return out.toByteArray();
    }

    static PgArray recv(PgType arrayType, byte[] bytes, Function<byte[], String> recvElement) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        need(in, 12);
        int ndim = in.getInt(), flags = in.getInt(), elementOid = in.getInt();
        if (ndim < 0) throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION, "invalid number of dimensions: " + ndim);
        if (ndim > 6) {
            throw new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED,
                    "number of array dimensions (" + ndim + ") exceeds the maximum allowed (6)");
        }
        if (flags != 0 && flags != 1) throw new PgException(SqlState.INVALID_BINARY_REPRESENTATION, "invalid array flags");
        if (elementOid != arrayType.elementOid()) {
            throw new PgException(SqlState.DATATYPE_MISMATCH, "binary data has array element type " + elementOid
                    + " instead of expected " + arrayType.elementOid());
        }
        int[] dims = new int[ndim], lowerBounds = new int[ndim];
        long count = ndim == 0 ? 0 : 1;
        need(in, 8L * ndim);
        for (int d = 0; d < ndim; d++) {
            dims[d] = in.getInt();
            lowerBounds[d] = in.getInt();
            if (dims[d] < 0) throw Errors.badBinary();
            count *= dims[d];
        }
        if (count == 0) return new PgArray(new int[0], new int[0], List.of());
        List<String> elements = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            need(in, 4);
            int length = in.getInt();
            if (length == -1) { elements.add(null); continue; }
            if (length < 0) throw Errors.badBinary();
            need(in, length);
            byte[] data = new byte[length];
            in.get(data);
            elements.add(recvElement.apply(data));
        }
        if (in.hasRemaining()) throw Errors.badBinary();
        return new PgArray(dims, lowerBounds, elements);
    }

    private static void need(ByteBuffer in, long bytes) {
        if (in.remaining() < bytes) throw Errors.insufficientData();
    }
}
