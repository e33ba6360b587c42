package org.lessons.testsupport;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * A directory whose writes fail on demand, as a full or failing disk makes them fail: every new file, every byte
 * written and every sync throws the given error until the disk "recovers". Reads keep working, as they do on a
 * full disk.
 */
public final class FailingDirectory extends FilterDirectory {

    private volatile IOException failure;

    public FailingDirectory(Directory in) {
        super(in);
    }

    /** The error a full disk gives on Linux. */
    public static IOException diskFull() {
        return new IOException("No space left on device");
    }

    /** From now on every write fails with this error. */
    public void fail(IOException error) {
        failure = error;
    }

    /** Writes work again, as when space was freed. */
    public void recover() {
        failure = null;
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
        check();
        return new FailingOutput(super.createOutput(name, context));
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
        check();
        return new FailingOutput(super.createTempOutput(prefix, suffix, context));
    }

    @Override
    public void sync(Collection<String> names) throws IOException {
        check();
        super.sync(names);
    }

    @Override
    public void syncMetaData() throws IOException {
        check();
        super.syncMetaData();
    }

    @Override
    public void rename(String source, String dest) throws IOException {
        check();
        super.rename(source, dest);
    }

    private void check() throws IOException {
        IOException error = failure;
        if (error != null) {
            // a new instance each time, with the same message, as the operating system gives
            throw new IOException(error.getMessage());
        }
    }

    private final class FailingOutput extends IndexOutput {
        private final IndexOutput out;

        FailingOutput(IndexOutput out) {
            super(out.toString(), out.getName());
            this.out = out;
        }

        @Override
        public void writeByte(byte b) throws IOException {
            check();
            out.writeByte(b);
        }

        @Override
        public void writeBytes(byte[] b, int offset, int length) throws IOException {
            check();
            out.writeBytes(b, offset, length);
        }

        @Override
        public long getFilePointer() {
            return out.getFilePointer();
        }

        @Override
        public long getChecksum() throws IOException {
            return out.getChecksum();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
