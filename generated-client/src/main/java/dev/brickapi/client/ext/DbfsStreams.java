package dev.brickapi.client.ext;

import dev.brickapi.client.service.dbfs.v20.AddBlock;
import dev.brickapi.client.service.dbfs.v20.Close;
import dev.brickapi.client.service.dbfs.v20.Create;
import dev.brickapi.client.service.dbfs.v20.DbfsApi;
import dev.brickapi.client.service.dbfs.v20.FileInfo;
import dev.brickapi.client.service.dbfs.v20.ReadFileRequest;
import dev.brickapi.client.service.dbfs.v20.ReadResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * Streams files of any size to and from DBFS through the generated {@link DbfsApi}: uploads in 1 MB blocks
 * (create, add-block, close; the models carry the bytes, Jackson writes them as base64), downloads 1 MB at a
 * time with offset and length. At most one block is held at a time, so memory stays bounded.
 *
 * <pre>{@code
 * DbfsStreams dbfs = new DbfsStreams(workspace.dbfs());
 * dbfs.upload(Paths.get("data.csv"), "/tmp/data.csv", true);
 * try (InputStream in = dbfs.download("/tmp/data.csv")) { ... }
 * }</pre>
 */
public final class DbfsStreams {
  /** The block size of the DBFS API: at most 1 MB per add-block and per read. */
  public static final int BLOCK_SIZE = 1024 * 1024;

  /** Told the bytes transferred so far after each block, and the total when known (else -1). */
  @FunctionalInterface
  public interface Progress {
    void transferred(long done, long total);
  }

  private final DbfsApi api;
  private final int blockSize;

  public DbfsStreams(DbfsApi api) {
    this(api, BLOCK_SIZE);
  }

  /** With a smaller block size (tests); never above {@link #BLOCK_SIZE}. */
  public DbfsStreams(DbfsApi api, int blockSize) {
    this.api = Objects.requireNonNull(api, "api");
    if (blockSize <= 0 || blockSize > BLOCK_SIZE) {
      throw new IllegalArgumentException("block size must be 1.." + BLOCK_SIZE);
    }
    this.blockSize = blockSize;
  }

  public long upload(Path file, String dbfsPath, boolean overwrite) throws IOException {
    return upload(file, dbfsPath, overwrite, null);
  }

  /** Uploads a local file; returns the bytes written. */
  public long upload(Path file, String dbfsPath, boolean overwrite, Progress progress) throws IOException {
    long total = Files.size(file);
    try (InputStream in = Files.newInputStream(file)) {
      return upload(in, total, dbfsPath, overwrite, progress);
    }
  }

  public long upload(InputStream in, String dbfsPath, boolean overwrite) throws IOException {
    return upload(in, -1, dbfsPath, overwrite, null);
  }

  /**
   * Uploads a stream to {@code dbfsPath}; the stream is read to its end but not closed. When anything fails
   * the DBFS handle is closed before the exception goes on.
   */
  public long upload(InputStream in, long total, String dbfsPath, boolean overwrite, Progress progress)
      throws IOException {
    Long handle = api.createStream(new Create().setPath(dbfsPath).setOverwrite(overwrite)).getHandle();
    long done = 0;
    try {
      byte[] block = new byte[blockSize];
      int n;
      while ((n = readFully(in, block)) > 0) {
        byte[] data = n == block.length ? block : Arrays.copyOf(block, n);
        api.addBlock(new AddBlock().setHandle(handle).setData(data));
        done += n;
        if (progress != null) {
          progress.transferred(done, total);
        }
      }
    } catch (IOException | RuntimeException e) {
      try {
        api.closeStream(new Close().setHandle(handle));
      } catch (RuntimeException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
    api.closeStream(new Close().setHandle(handle));
    return done;
  }

  private static int readFully(InputStream in, byte[] block) throws IOException {
    int filled = 0;
    int n;
    while (filled < block.length && (n = in.read(block, filled, block.length - filled)) > 0) {
      filled += n;
    }
    return filled;
  }

  public InputStream download(String dbfsPath) {
    return download(dbfsPath, null);
  }

  /** A stream of the file's bytes, read block by block as it is consumed. Fails at once when it is a folder. */
  public InputStream download(String dbfsPath, Progress progress) {
    FileInfo info = api.getStatus(dbfsPath);
    if (Boolean.TRUE.equals(info.getIsDir())) {
      throw new IllegalArgumentException(dbfsPath + " is a folder, not a file");
    }
    long total = info.getFileSize() == null ? -1 : info.getFileSize();
    return new BlockInputStream(dbfsPath, total, progress);
  }

  private final class BlockInputStream extends InputStream {
    private final String path;
    private final long total;
    private final Progress progress;
    private byte[] block = new byte[0];
    private int position;
    private long offset;
    private boolean end;

    BlockInputStream(String path, long total, Progress progress) {
      this.path = path;
      this.total = total;
      this.progress = progress;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (position == block.length && !fill()) {
        return -1;
      }
      int n = Math.min(len, block.length - position);
      System.arraycopy(block, position, b, off, n);
      position += n;
      return n;
    }

    private boolean fill() throws IOException {
      if (end) {
        return false;
      }
      ReadResponse response;
      try {
        response = api.readFile(new ReadFileRequest().setPath(path).setOffset(offset).setLength((long) blockSize));
      } catch (RuntimeException e) {
        throw new IOException("reading " + path + " at offset " + offset + " failed: " + e.getMessage(), e);
      }
      byte[] data = response.getData() == null ? new byte[0] : response.getData();
      if (data.length == 0) {
        end = true;
        return false;
      }
      block = data;
      position = 0;
      offset += data.length;
      end = total >= 0 ? offset >= total : data.length < blockSize;
      if (progress != null) {
        progress.transferred(offset, total);
      }
      return true;
    }

    @Override
    public int available() {
      return block.length - position;
    }
  }
}
