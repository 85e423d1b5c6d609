package dev.brickapi.client.ext;

import dev.brickapi.client.service.files.v20.DirectoryEntry;
import dev.brickapi.client.service.files.v20.DownloadFileResponse;
import dev.brickapi.client.service.files.v20.FilesApi;
import dev.brickapi.client.service.files.v20.UploadFileRequest;
import dev.brickapi.runtime.NotFoundException;
import dev.brickapi.runtime.http.UploadBody;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Files of Unity Catalog volumes ({@code /Volumes/<catalog>/<schema>/<volume>/...}) through the generated
 * {@link FilesApi}: uploads and downloads of any size as streams (the runtime sends and reads the bytes as they go,
 * never holding a file in memory), recursive listing, {@code mkdirs} and recursive delete. Reached as
 * {@code workspace.volumeFiles()} (or {@code VolumeFiles.of(workspace.files())}).
 *
 * <pre>{@code
 * VolumeFiles volumes = workspace.volumeFiles();
 * volumes.upload(Paths.get("orders.csv"), "/Volumes/main/default/landing/orders.csv", true);
 * volumes.download("/Volumes/main/default/landing/orders.csv", Paths.get("back.csv"));
 * try (InputStream in = volumes.open("/Volumes/main/default/landing/orders.csv")) { ... }
 * for (DirectoryEntry e : volumes.listRecursive("/Volumes/main/default/landing")) { ... }
 * volumes.deleteRecursively("/Volumes/main/default/landing/2026");
 * }</pre>
 *
 * <p>An upload from a file is retried like any call when the server asks (429, 503); one from an
 * {@code InputStream} is sent once. A missing file or directory is a {@link NotFoundException}, an existing file
 * uploaded without {@code overwrite} an {@code AlreadyExistsException}.
 */
public final class VolumeFiles {
  private final FilesApi api;

  public VolumeFiles(FilesApi api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  /** The helpers over {@code api}, e.g. {@code VolumeFiles.of(workspace.files())}. */
  public static VolumeFiles of(FilesApi api) {
    return new VolumeFiles(api);
  }

  /**
   * Uploads a local file, creating the directories above it; returns its size.
   *
   * @throws IllegalArgumentException when {@code file} is not a regular file
   */
  public long upload(Path file, String volumePath, boolean overwrite) throws IOException {
    UploadBody body = UploadBody.of(file);
    long size = Files.size(file);
    api.uploadFile(new UploadFileRequest().setFilePath(volumePath).setOverwrite(overwrite).setBody(body));
    return size;
  }

  /** Uploads the rest of {@code in} (left open: the caller closes it), creating the directories above it. */
  public void upload(InputStream in, String volumePath, boolean overwrite) {
    api.uploadFile(new UploadFileRequest().setFilePath(volumePath).setOverwrite(overwrite).setBody(UploadBody.of(in)));
  }

  /**
   * The content of a file, read from the connection as the caller reads it; close it to release the connection.
   */
  public InputStream open(String volumePath) {
    return api.downloadFile(volumePath).getContents();
  }

  /** Copies a file into {@code out} (left open); returns the bytes copied. */
  public long download(String volumePath, OutputStream out) throws IOException {
    try (DownloadFileResponse answer = api.downloadFile(volumePath); InputStream in = answer.getContents()) {
      return in.transferTo(out);
    }
  }

  /** Copies a file to {@code target}, replacing it; returns the bytes copied. */
  public long download(String volumePath, Path target) throws IOException {
    try (DownloadFileResponse answer = api.downloadFile(volumePath); InputStream in = answer.getContents()) {
      return Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Creates a directory and every missing one above it; an existing directory is left as it is. */
  public void mkdirs(String directoryPath) {
    api.createDirectory(directoryPath);
  }

  /** Whether a file exists at {@code path}. */
  public boolean fileExists(String path) {
    try {
      api.getFileMetadata(path);
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }

  /** Whether a directory exists at {@code path}. */
  public boolean directoryExists(String path) {
    try {
      api.getDirectoryMetadata(path);
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }

  /**
   * Every file and directory below {@code directoryPath}, depth first, each directory before its content; pages
   * and directories are fetched lazily, as the iteration reaches them.
   */
  public Iterable<DirectoryEntry> listRecursive(String directoryPath) {
    Objects.requireNonNull(directoryPath, "directoryPath");
    return () -> new Iterator<DirectoryEntry>() {
      private final Deque<Iterator<DirectoryEntry>> open = new ArrayDeque<>(
          List.of(api.listDirectoryContentsAll(directoryPath).iterator()));

      @Override
      public boolean hasNext() {
        while (!open.isEmpty() && !open.peek().hasNext()) {
          open.pop();
        }
        return !open.isEmpty();
      }

      @Override
      public DirectoryEntry next() {
        if (!hasNext()) {
          throw new NoSuchElementException("no more entries below " + directoryPath);
        }
        DirectoryEntry entry = open.peek().next();
        if (Boolean.TRUE.equals(entry.getIsDirectory())) {
          open.push(api.listDirectoryContentsAll(entry.getPath()).iterator());
        }
        return entry;
      }
    };
  }

  /**
   * Deletes a file, or a directory with everything below it (the API deletes only empty directories: files first,
   * then each directory, deepest first). Returns the number of files deleted.
   *
   * @throws NotFoundException when nothing exists at {@code path}
   */
  public long deleteRecursively(String path) {
    if (fileExists(path)) {
      api.deleteFile(path);
      return 1;
    }
    if (!directoryExists(path)) {
      throw new NotFoundException(404, "NOT_FOUND", "nothing to delete at " + path, "DELETE", path, null);
    }
    // The paths first, so no listing is paged while its directory changes.
    List<String> directories = new ArrayList<>(List.of(path));
    List<String> files = new ArrayList<>();
    for (DirectoryEntry entry : listRecursive(path)) {
      (Boolean.TRUE.equals(entry.getIsDirectory()) ? directories : files).add(entry.getPath());
    }
    files.forEach(api::deleteFile);
    for (int i = directories.size() - 1; i >= 0; i--) {
      api.deleteDirectory(directories.get(i));
    }
    return files.size();
  }
}
