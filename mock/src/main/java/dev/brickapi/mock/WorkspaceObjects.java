package dev.brickapi.mock;

import static dev.brickapi.mock.Reply.object;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Workspace 2.0 objects: import, export, get-status, list, mkdirs and delete, with the server's 10 MB limit
 * ({@link WorkspaceFake#WORKSPACE_MAX_EXPORT}). An object imported with a language is a notebook, without one a
 * file; folders are the ones made by mkdirs and the parents of every object.
 */
final class WorkspaceObjects implements Fake {

  private final AtomicLong ids;
  private final Map<String, byte[]> files = new LinkedHashMap<>();
  private final Map<String, String> languages = new LinkedHashMap<>();
  private final Map<String, Long> objectIds = new LinkedHashMap<>();

  WorkspaceObjects(AtomicLong ids) {
    this.ids = ids;
  }

  @Override
  public String document() {
    return "2.0/workspace.yaml";
  }

  @Override
  public void register(Routes routes) {
    routes.on("importObject", this::importObject)
        .on("exportObject", this::export)
        .on("getStatus", this::status)
        .on("listObjects", this::list)
        .on("createDirectory", this::mkdirs)
        .on("deleteObject", this::delete);
  }

  @Override
  public void reset() {
    files.clear();
    languages.clear();
    objectIds.clear();
  }

  void file(String path, byte[] content) {
    put(path, content, "PYTHON");
  }

  private void put(String path, byte[] content, String language) {
    files.put(path, content);
    if (language == null) {
      languages.remove(path);
    } else {
      languages.put(path, language);
    }
    objectIds.computeIfAbsent(path, p -> ids.incrementAndGet());
    for (String parent = parent(path); !parent.isEmpty(); parent = parent(parent)) {
      objectIds.computeIfAbsent(parent, p -> ids.incrementAndGet());
    }
  }

  private Reply importObject(FakeRequest r) {
    String path = r.text("path");
    if (files.containsKey(path) && !r.body.path("overwrite").asBoolean(false)) {
      return Reply.error(400, "RESOURCE_ALREADY_EXISTS", path + " already exists.");
    }
    if (isFolder(path)) {
      return Reply.error(400, "RESOURCE_ALREADY_EXISTS", path + " is a folder.");
    }
    byte[] content = Base64.getDecoder().decode(r.text("content"));
    if (content.length > WorkspaceFake.WORKSPACE_MAX_EXPORT) {
      return Reply.error(400, "MAX_NOTEBOOK_SIZE_EXCEEDED", "The notebook exceeds the limit of 10 MB.");
    }
    put(path, content, r.text("language"));
    return Reply.empty();
  }

  private Reply export(FakeRequest r) {
    byte[] content = files.get(r.param("path"));
    if (content == null) {
      return noSuchPath(r.param("path"));
    }
    if (content.length > WorkspaceFake.WORKSPACE_MAX_EXPORT) {
      return Reply.error(400, "MAX_NOTEBOOK_SIZE_EXCEEDED", "The exported content exceeds the limit of 10 MB.");
    }
    return Reply.ok(object().put("content", Base64.getEncoder().encodeToString(content)).put("file_type", "py"));
  }

  private Reply status(FakeRequest r) {
    String path = r.param("path");
    return files.containsKey(path) || isFolder(path) ? Reply.ok(info(path)) : noSuchPath(path);
  }

  /** The objects right under a folder. */
  private Reply list(FakeRequest r) {
    String path = r.param("path");
    if (files.containsKey(path)) {
      ObjectNode out = object();
      out.putArray("objects").add(info(path));
      return Reply.ok(out);
    }
    if (!isFolder(path)) {
      return noSuchPath(path);
    }
    Map<String, ObjectNode> children = new TreeMap<>();
    for (String p : objectIds.keySet()) {
      if (parent(p).equals(strip(path))) {
        children.put(p, info(p));
      }
    }
    ObjectNode out = object();
    children.values().forEach(out.putArray("objects")::add);
    return Reply.ok(out);
  }

  private Reply mkdirs(FakeRequest r) {
    String path = strip(r.text("path"));
    for (String p = path; !p.isEmpty(); p = parent(p)) {
      if (files.containsKey(p)) {
        return Reply.error(400, "RESOURCE_ALREADY_EXISTS", "Path (" + p + ") already exists and is not a folder.");
      }
    }
    for (String p = path; !p.isEmpty(); p = parent(p)) {
      objectIds.computeIfAbsent(p, x -> ids.incrementAndGet());
    }
    return Reply.empty();
  }

  /** Deletes an object, an empty folder, or with {@code recursive} a folder and everything in it. */
  private Reply delete(FakeRequest r) {
    String path = strip(r.text("path"));
    if (files.containsKey(path)) {
      files.remove(path);
      languages.remove(path);
      objectIds.remove(path);
      return Reply.empty();
    }
    if (!isFolder(path)) {
      return noSuchPath(path);
    }
    String prefix = path + "/";
    boolean empty = objectIds.keySet().stream().noneMatch(p -> p.startsWith(prefix));
    if (!empty && !r.body.path("recursive").asBoolean(false)) {
      return Reply.error(400, "DIRECTORY_NOT_EMPTY", "Folder (" + path + ") is not empty.");
    }
    files.keySet().removeIf(p -> p.startsWith(prefix));
    languages.keySet().removeIf(p -> p.startsWith(prefix));
    objectIds.keySet().removeIf(p -> p.equals(path) || p.startsWith(prefix));
    return Reply.empty();
  }

  private ObjectNode info(String path) {
    String p = strip(path);
    ObjectNode out = object().put("path", p.isEmpty() ? "/" : p);
    if (files.containsKey(p)) {
      String language = languages.get(p);
      out.put("object_type", language == null ? "FILE" : "NOTEBOOK").put("size", files.get(p).length);
      if (language != null) {
        out.put("language", language);
      }
    } else {
      out.put("object_type", "DIRECTORY");
    }
    return out.put("object_id", objectIds.getOrDefault(p, 0L));
  }

  private boolean isFolder(String path) {
    String p = strip(path);
    return p.isEmpty() || (objectIds.containsKey(p) && !files.containsKey(p));
  }

  private static Reply noSuchPath(String path) {
    return Reply.notFound("Path (" + path + ") doesn't exist.");
  }

  private static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash <= 0 ? "" : path.substring(0, slash);
  }

  private static String strip(String path) {
    if (path == null) {
      throw new IllegalArgumentException("path is required");
    }
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
