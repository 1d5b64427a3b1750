package io.macroplace.rl.io;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Named arrays as a small binary stream: count, then per array its name, data type, shape and values
 * as doubles (exact for FLOAT and DOUBLE, and independent of ND4J's own serialisation format).
 */
final class ArrayCodec {
    private static final int MAGIC = 0x4d505241; // "MPRA"

    private ArrayCodec() {
    }

    static void write(Map<String, INDArray> arrays, OutputStream os) throws IOException {
        DataOutputStream out = new DataOutputStream(os);
        out.writeInt(MAGIC);
        out.writeInt(arrays.size());
        for (Map.Entry<String, INDArray> e : arrays.entrySet()) {
            INDArray a = e.getValue();
            out.writeUTF(e.getKey());
            out.writeUTF(a.dataType().name());
            out.writeInt(a.rank());
            for (long d : a.shape()) {
                out.writeLong(d);
            }
            double[] v = a.dup('c').data().asDouble();
            out.writeInt(v.length);
            for (double x : v) {
                out.writeDouble(x);
            }
        }
        out.flush();
    }

    static Map<String, INDArray> read(InputStream is) throws IOException {
        DataInputStream in = new DataInputStream(is);
        if (in.readInt() != MAGIC) {
            throw new IOException("not a macroplace array stream");
        }
        int count = in.readInt();
        Map<String, INDArray> out = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String name = in.readUTF();
            DataType type = DataType.valueOf(in.readUTF());
            long[] shape = new long[in.readInt()];
            for (int d = 0; d < shape.length; d++) {
                shape[d] = in.readLong();
            }
            double[] v = new double[in.readInt()];
            for (int k = 0; k < v.length; k++) {
                v[k] = in.readDouble();
            }
            out.put(name, Nd4j.create(v, shape, DataType.DOUBLE).castTo(type));
        }
        return out;
    }
}
