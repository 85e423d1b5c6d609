package dev.brickapi.client.ext;

import dev.brickapi.client.service.dbfs.v20.AddBlock;
import dev.brickapi.client.service.dbfs.v20.Close;
import dev.brickapi.client.service.dbfs.v20.Create;
import dev.brickapi.client.service.dbfs.v20.DbfsApi;
import dev.brickapi.client.service.dbfs.v20.FileInfo;
import dev.brickapi.client.service.dbfs.v20.Put;
import dev.brickapi.client.service.dbfs.v20.ReadFileRequest;
import dev.brickapi.client.service.dbfs.v20.ReadResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * Streams files of any size to and from DBFS through the generated {@link DbfsApi}: uploads in 1 MB blocks
 * (create, add-block, close; the models carry the bytes, Jackson writes them as base64), downloads 1 MB at a
 * time with offset and length. At most one block is held at a time, so memory stays bounded. Reached as
 * {@code workspace.dbfsStreams()} (or {@code DbfsStreams.of(workspace.dbfs())}).
 *
 * <pre>{@code
 * DbfsStreams dbfs = workspace.dbfsStreams();
 * dbfs.upload(Paths.get("data.csv"), "/tmp/data.csv", true);
 * try (InputStream in = dbfs.download("/tmp/data.csv")) { ... }
 * try (OutputStream out = dbfs.openForWrite("/tmp/report.txt", true)) { ... }
 * dbfs.write("/tmp/small.json", bytes, true);          byte[] back = dbfs.readAllBytes("/tmp/small.json");
 * dbfs.copy("/tmp/data.csv", "/tmp/copy.csv", true, (done, total) -> ...);
 * for (FileInfo f : dbfs.listRecursive("/tmp")) { ... }
 * }</pre>
 *
 * <p>Blocks go one after the other: DBFS appends each add-block to the handle's file in the order received, so
 * blocks of one file cannot be sent in parallel.
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

  /** The streams over {@code api}, e.g. {@code DbfsStreams.of(workspace.dbfs())}. */
  public static DbfsStreams of(DbfsApi api) {
    return new DbfsStreams(api);
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

  /**
   * A stream that writes {@code dbfsPath} block by block as it is filled; the file is complete when the stream is
   * closed. Holds at most one block.
   */
  public OutputStream openForWrite(String dbfsPath, boolean overwrite) {
    Long handle = api.createStream(new Create().setPath(dbfsPath).setOverwrite(overwrite)).getHandle();
    return new BlockOutputStream(handle);
  }

  /** Writes a small file whole: one put call up to {@link #BLOCK_SIZE} (1 MB), else blocks as {@link #upload}. */
  public void write(String dbfsPath, byte[] content, boolean overwrite) throws IOException {
    if (content.length <= blockSize) {
      api.putFile(new Put().setPath(dbfsPath).setContents(content).setOverwrite(overwrite));
    } else {
      upload(new ByteArrayInputStream(content), content.length, dbfsPath, overwrite, null);
    }
  }

  /** Reads a small file whole; refuses a file larger than {@code maxBytes} before reading any of it. */
  public byte[] readAllBytes(String dbfsPath, int maxBytes) throws IOException {
    FileInfo info = api.getStatus(dbfsPath);
    long size = info.getFileSize() == null ? 0 : info.getFileSize();
    if (Boolean.TRUE.equals(info.getIsDir()) || size > maxBytes) {
      throw new IllegalArgumentException(dbfsPath + (Boolean.TRUE.equals(info.getIsDir()) ? " is a folder"
          : " has " + size + " bytes, more than " + maxBytes + "; read it with download(path)"));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) size);
    try (InputStream in = new BlockInputStream(dbfsPath, size, null)) {
      in.transferTo(out);
    }
    return out.toByteArray();
  }

  /** {@link #readAllBytes(String, int)} of at most 64 MB. */
  public byte[] readAllBytes(String dbfsPath) throws IOException {
    return readAllBytes(dbfsPath, 64 << 20);
  }

  /** Copies a DBFS file to another DBFS path, block by block; returns the bytes copied. */
  public long copy(String from, String to, boolean overwrite, Progress progress) throws IOException {
    FileInfo info = api.getStatus(from);
    long total = info.getFileSize() == null ? -1 : info.getFileSize();
    try (InputStream in = download(from)) {
      return upload(in, total, to, overwrite, progress);
    }
  }

  /**
   * Every file under {@code dbfsPath} (not the folders): a folder's own files in the order listed, then those of
   * each of its folders in turn. Lists each folder once; holds the files found and the folders still to list.
   */
  public List<FileInfo> listRecursive(String dbfsPath) {
    List<FileInfo> files = new ArrayList<>();
    Deque<String> folders = new ArrayDeque<>();
    folders.push(dbfsPath);
    while (!folders.isEmpty()) {
      List<FileInfo> entries = api.listFiles(folders.pop()).getFiles();
      if (entries == null) {
        continue;
      }
      List<String> below = new ArrayList<>();
      for (FileInfo entry : entries) {
        if (Boolean.TRUE.equals(entry.getIsDir())) {
          below.add(entry.getPath());
        } else {
          files.add(entry);
        }
      }
      for (int i = below.size() - 1; i >= 0; i--) {
        folders.push(below.get(i));
      }
    }
    return files;
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

  private final class BlockOutputStream extends OutputStream {
    private final Long handle;
    private final byte[] block = new byte[blockSize];
    private int filled;
    private boolean closed;

    BlockOutputStream(Long handle) {
      this.handle = handle;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (closed) {
        throw new IOException("stream closed");
      }
      while (len > 0) {
        int n = Math.min(len, block.length - filled);
        System.arraycopy(b, off, block, filled, n);
        filled += n;
        off += n;
        len -= n;
        if (filled == block.length) {
          send();
        }
      }
    }

    private void send() throws IOException {
      try {
        api.addBlock(new AddBlock().setHandle(handle).setData(filled == block.length ? block : Arrays.copyOf(block, filled)));
      } catch (RuntimeException e) {
        closed = true;
        try {
          api.closeStream(new Close().setHandle(handle));
        } catch (RuntimeException closing) {
          e.addSuppressed(closing);
        }
        throw new IOException("writing block of handle " + handle + " failed: " + e.getMessage(), e);
      }
      filled = 0;
    }

    @Override
    public void close() throws IOException {
      if (closed) {
        return;
      }
      if (filled > 0) {
        send();
      }
      closed = true;
      api.closeStream(new Close().setHandle(handle));
    }
  }
}
