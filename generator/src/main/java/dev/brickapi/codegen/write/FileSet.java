package dev.brickapi.codegen.write;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** The complete output of a run, in memory, ordered by path. */
public final class FileSet {

  private final Map<String, GeneratedFile> files = new TreeMap<>();

  public void add(GeneratedFile file) {
    GeneratedFile old = files.putIfAbsent(file.path(), file);
    if (old != null && !old.content().equals(file.content())) {
      throw new IllegalStateException("two different files for " + file.path());
    }
  }

  public Collection<GeneratedFile> files() {
    return Collections.unmodifiableCollection(files.values());
  }

  public GeneratedFile get(String path) {
    return files.get(path);
  }

  public int size() {
    return files.size();
  }
}
