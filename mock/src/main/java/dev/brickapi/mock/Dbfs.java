package dev.brickapi.mock;

import static dev.brickapi.mock.Reply.object;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * DBFS 2.0: streams (create, add-block, close), put, read, get-status, list, mkdirs, move and delete, with the
 * server's 1 MB limit per block ({@link WorkspaceFake#DBFS_MAX_BLOCK}). Folders are the ones made by mkdirs and
 * the ones the files' paths imply.
 */
final class Dbfs implements Fake {

  private final AtomicLong ids;
  private final Map<Long, ByteArrayOutputStream> handles = new LinkedHashMap<>();
  private final Map<Long, String> handlePaths = new LinkedHashMap<>();
  private final Map<String, byte[]> files = new LinkedHashMap<>();
  private final java.util.Set<String> folders = new java.util.TreeSet<>();

  Dbfs(AtomicLong ids) {
    this.ids = ids;
  }

  @Override
  public String document() {
    return "2.0/dbfs.yaml";
  }

  @Override
  public void register(Routes routes) {
    routes.on("createStream", this::create)
        .on("addBlock", this::addBlock)
        .on("closeStream", this::close)
        .on("putFile", this::put)
        .on("readFile", this::read)
        .on("getStatus", this::status)
        .on("listFiles", this::list)
        .on("createDirectory", this::mkdirs)
        .on("movePath", this::move)
        .on("deletePath", this::delete);
  }

  @Override
  public void reset() {
    handles.clear();
    handlePaths.clear();
    files.clear();
    folders.clear();
  }

  byte[] file(String path) {
    return files.get(path);
  }

  private Reply create(FakeRequest r) {
    String path = r.text("path");
    if (files.containsKey(path) && !r.body.path("overwrite").asBoolean(false)) {
      return Reply.error(409, "RESOURCE_ALREADY_EXISTS", "A file or directory already exists at the input path " + path + ".");
    }
    long handle = ids.incrementAndGet();
    handles.put(handle, new ByteArrayOutputStream());
    handlePaths.put(handle, path);
    return Reply.ok(object().put("handle", handle));
  }

  private Reply addBlock(FakeRequest r) {
    ByteArrayOutputStream out = handles.get(r.body.path("handle").asLong());
    if (out == null) {
      return Reply.notFound("Handle " + r.body.path("handle").asLong() + " does not exist.");
    }
    byte[] data = Base64.getDecoder().decode(r.text("data"));
    if (data.length > WorkspaceFake.DBFS_MAX_BLOCK) {
      return Reply.error(400, "MAX_BLOCK_SIZE_EXCEEDED", "The block of " + data.length + " bytes exceeds the limit of "
          + WorkspaceFake.DBFS_MAX_BLOCK + " bytes.");
    }
    out.write(data, 0, data.length);
    return Reply.empty();
  }

  private Reply close(FakeRequest r) {
    long handle = r.body.path("handle").asLong();
    ByteArrayOutputStream out = handles.remove(handle);
    if (out == null) {
      return Reply.notFound("Handle " + handle + " does not exist.");
    }
    files.put(handlePaths.remove(handle), out.toByteArray());
    return Reply.empty();
  }

  private Reply put(FakeRequest r) {
    byte[] data = Base64.getDecoder().decode(r.text("contents"));
    if (data.length > WorkspaceFake.DBFS_MAX_BLOCK) {
      return Reply.error(400, "MAX_BLOCK_SIZE_EXCEEDED", "The contents of " + data.length + " bytes exceed the limit of "
          + WorkspaceFake.DBFS_MAX_BLOCK + " bytes; use create, add-block and close.");
    }
    files.put(r.text("path"), data);
    return Reply.empty();
  }

  private Reply read(FakeRequest r) {
    byte[] file = files.get(r.param("path"));
    if (file == null) {
      return noSuchPath(r.param("path"));
    }
    int length = r.intParam("length", 512 * 1024);
    if (length > WorkspaceFake.DBFS_MAX_BLOCK) {
      return Reply.error(400, "MAX_READ_SIZE_EXCEEDED", "Cannot read more than " + WorkspaceFake.DBFS_MAX_BLOCK + " bytes at once.");
    }
    int offset = (int) Math.min(r.longParam("offset") == null ? 0 : r.longParam("offset"), file.length);
    int n = Math.min(length, file.length - offset);
    byte[] chunk = new byte[n];
    System.arraycopy(file, offset, chunk, 0, n);
    return Reply.ok(object().put("bytes_read", n).put("data", Base64.getEncoder().encodeToString(chunk)));
  }

  /** The entries right under a folder: its files, and the folders that the paths of deeper files imply. */
  private Reply list(FakeRequest r) {
    String folder = r.param("path").endsWith("/") ? r.param("path") : r.param("path") + "/";
    Map<String, ObjectNode> entries = new TreeMap<>();
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      if (f.getKey().startsWith(folder)) {
        String rest = f.getKey().substring(folder.length());
        int slash = rest.indexOf('/');
        String path = folder + (slash < 0 ? rest : rest.substring(0, slash));
        entries.put(path, entry(path, slash >= 0, slash < 0 ? f.getValue().length : 0));
      }
    }
    for (String f : folders) {
      if (f.startsWith(folder)) {
        String rest = f.substring(folder.length());
        String path = folder + (rest.indexOf('/') < 0 ? rest : rest.substring(0, rest.indexOf('/')));
        entries.put(path, entry(path, true, 0));
      }
    }
    if (files.containsKey(r.param("path"))) {
      ObjectNode out = object();
      out.putArray("files").add(entry(r.param("path"), false, files.get(r.param("path")).length));
      return Reply.ok(out);
    }
    if (entries.isEmpty() && !isFolder(r.param("path"))) {
      return noSuchPath(r.param("path"));
    }
    ObjectNode out = object();
    entries.values().forEach(out.putArray("files")::add);
    return Reply.ok(out);
  }

  private Reply status(FakeRequest r) {
    String path = r.param("path");
    byte[] file = files.get(path);
    if (file != null) {
      return Reply.ok(entry(path, false, file.length));
    }
    return isFolder(path) ? Reply.ok(entry(path, true, 0)) : noSuchPath(path);
  }

  /** Makes the folder and its parents; a file on the way is an error, as on the server. */
  private Reply mkdirs(FakeRequest r) {
    String path = strip(r.text("path"));
    for (String p = path; !p.isEmpty(); p = p.substring(0, Math.max(0, p.lastIndexOf('/')))) {
      if (files.containsKey(p)) {
        return Reply.error(400, "RESOURCE_ALREADY_EXISTS", "A file exists at path " + p + ".");
      }
    }
    for (String p = path; !p.isEmpty(); p = p.substring(0, Math.max(0, p.lastIndexOf('/')))) {
      folders.add(p);
    }
    return Reply.empty();
  }

  /** Moves a file, or a folder with everything under it; the destination must not exist. */
  private Reply move(FakeRequest r) {
    String from = strip(r.text("source_path"));
    String to = strip(r.text("destination_path"));
    if (!files.containsKey(from) && !isFolder(from)) {
      return noSuchPath(from);
    }
    if (files.containsKey(to) || isFolder(to)) {
      return Reply.error(409, "RESOURCE_ALREADY_EXISTS", "A file or directory already exists at the input path " + to + ".");
    }
    Map<String, byte[]> moved = new LinkedHashMap<>();
    files.entrySet().removeIf(f -> {
      String moves = moved(f.getKey(), from, to);
      if (moves != null) {
        moved.put(moves, f.getValue());
      }
      return moves != null;
    });
    files.putAll(moved);
    java.util.List<String> movedFolders = new java.util.ArrayList<>();
    folders.removeIf(f -> {
      String moves = moved(f, from, to);
      if (moves != null) {
        movedFolders.add(moves);
      }
      return moves != null;
    });
    folders.addAll(movedFolders);
    return Reply.empty();
  }

  /** Deletes a file, an empty folder, or with {@code recursive} a folder and everything under it. */
  private Reply delete(FakeRequest r) {
    String path = strip(r.text("path"));
    if (files.remove(path) != null) {
      return Reply.empty();
    }
    if (!isFolder(path)) {
      return Reply.empty(); // the API documents no error for a path that does not exist
    }
    String prefix = path + "/";
    boolean empty = files.keySet().stream().noneMatch(f -> f.startsWith(prefix))
        && folders.stream().noneMatch(f -> f.startsWith(prefix));
    if (!empty && !r.body.path("recursive").asBoolean(false)) {
      return Reply.error(400, "IO_ERROR", "Directory " + path + " is not empty; delete it with recursive: true.");
    }
    files.keySet().removeIf(f -> f.startsWith(prefix));
    folders.removeIf(f -> f.equals(path) || f.startsWith(prefix));
    return Reply.empty();
  }

  private boolean isFolder(String path) {
    String p = strip(path);
    String prefix = p + "/";
    return p.isEmpty() || folders.contains(p) || files.keySet().stream().anyMatch(f -> f.startsWith(prefix));
  }

  /** Where {@code path} goes when {@code from} moves to {@code to}, or null when it does not move. */
  private static String moved(String path, String from, String to) {
    if (path.equals(from)) {
      return to;
    }
    return path.startsWith(from + "/") ? to + path.substring(from.length()) : null;
  }

  /** A path without its trailing slash ({@code /} stays the root, the empty string). */
  private static String strip(String path) {
    if (path == null) {
      throw new IllegalArgumentException("path is required");
    }
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  private static ObjectNode entry(String path, boolean folder, long size) {
    return object().put("path", path).put("is_dir", folder).put("file_size", size)
        .put("modification_time", 1700000000000L);
  }

  private static Reply noSuchPath(String path) {
    return Reply.notFound("No file or directory exists on path " + path + ".");
  }
}
