package dev.brickapi.it;

import dev.brickapi.client.WorkspaceClient;
import dev.brickapi.client.ext.DbfsStreams;
import dev.brickapi.mock.MockWorkspace;
import java.io.InputStream;
import java.util.Map;
import java.util.Random;

/**
 * Prints the throughput of a DBFS copy through {@link DbfsStreams} against the mock workspace on loopback: an upload
 * of {@code MB} megabytes (default 256) in 1 MB blocks, then the DBFS-to-DBFS copy of it. A measurement, not a
 * test: run its {@code main} with the it-tests test class path.
 */
public final class DbfsCopyMeasurement {
  private DbfsCopyMeasurement() {}

  public static void main(String[] args) throws Exception {
    int mb = args.length > 0 ? Integer.parseInt(args[0]) : 256;
    try (MockWorkspace mock = MockWorkspace.builder().validate(false).start()) {
      WorkspaceClient workspace = WorkspaceClient.builder().configure(c -> c.host(mock.baseUrl())
          .token(MockWorkspace.TOKEN).allowInsecureLoopback(true).environment(Map.of())
          .home(java.nio.file.Path.of("target", "no-home"))).build();
      DbfsStreams dbfs = workspace.dbfsStreams();
      byte[] block = new byte[DbfsStreams.BLOCK_SIZE];
      new Random(1).nextBytes(block);
      long total = (long) mb * block.length;
      long t0 = System.nanoTime();
      dbfs.upload(new RepeatingStream(block, mb), total, "/tmp/measure.bin", true, null);
      long t1 = System.nanoTime();
      long copied = dbfs.copy("/tmp/measure.bin", "/tmp/measure-copy.bin", true, null);
      long t2 = System.nanoTime();
      System.out.printf("DBFS upload of %d MB in 1 MB blocks: %.2f s, %.1f MB/s%n", mb, (t1 - t0) / 1e9,
          mb / ((t1 - t0) / 1e9));
      System.out.printf("DBFS copy (download + upload) of %d MB: %.2f s, %.1f MB/s%n", copied >> 20, (t2 - t1) / 1e9,
          mb / ((t2 - t1) / 1e9));
    }
  }

  /** {@code count} times the same block, without holding more than it. */
  private static final class RepeatingStream extends InputStream {
    private final byte[] block;
    private long left;
    private int position;

    RepeatingStream(byte[] block, int count) {
      this.block = block;
      this.left = (long) block.length * count;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (left == 0) {
        return -1;
      }
      int n = (int) Math.min(Math.min(len, block.length - position), left);
      System.arraycopy(block, position, b, off, n);
      position = (position + n) % block.length;
      left -= n;
      return n;
    }
  }
}
