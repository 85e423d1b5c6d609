package dev.brickapi.maven;

import dev.brickapi.codegen.load.SpecFile;
import dev.brickapi.codegen.load.SpecFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * A jar of specs named by its coordinates: found among the modules of the current build first (its
 * packaged jar, or its output folder when it has not been packaged), otherwise resolved from the
 * repositories; then its spec files are copied into a folder of their own. Only files whose content
 * changed are written, and files the jar no longer has are removed, so the folder is an exact copy.
 */
final class SpecArtifact {

  /** The folder inside the jar that holds the specs, when there is one (as in brickapi-specs). */
  static final String PREFIX = "brickapi-specs/";

  private final Artifact artifact;
  private final RepositorySystem repositorySystem;
  private final MavenSession session;
  private final MavenProject project;

  SpecArtifact(String coordinates, RepositorySystem repositorySystem, MavenSession session, MavenProject project)
      throws MojoExecutionException {
    try {
      String[] parts = coordinates.split(":");
      this.artifact = parts.length == 3 ? new DefaultArtifact(parts[0], parts[1], "jar", parts[2]) : new DefaultArtifact(coordinates);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("brickapi: specArtifact '" + coordinates
          + "' is not groupId:artifactId:version (or groupId:artifactId:extension:version)");
    }
    this.repositorySystem = repositorySystem;
    this.session = session;
    this.project = project;
  }

  /** Copies the spec files into {@code parent/<artifactId>} and returns that folder. */
  Path unpackUnder(Path parent) throws MojoExecutionException {
    Path into = parent.resolve(artifact.getArtifactId());
    Path source = locate();
    try {
      Map<String, byte[]> specs = Files.isDirectory(source) ? fromFolder(source) : fromJar(source);
      sync(specs, into);
    } catch (IOException e) {
      throw new MojoExecutionException("brickapi: cannot unpack " + artifact + " from " + source + ": " + e.getMessage(), e);
    }
    return into;
  }

  private Path locate() throws MojoExecutionException {
    for (MavenProject p : session.getProjects()) {
      if (p.getGroupId().equals(artifact.getGroupId()) && p.getArtifactId().equals(artifact.getArtifactId())
          && p.getVersion().equals(artifact.getVersion())) {
        if (p.getArtifact() != null && p.getArtifact().getFile() != null && p.getArtifact().getFile().isFile()) {
          return p.getArtifact().getFile().toPath();
        }
        Path classes = Path.of(p.getBuild().getOutputDirectory());
        if (Files.isDirectory(classes)) {
          return classes;
        }
        throw new MojoExecutionException("brickapi: " + artifact + " is a module of this build that has not been built yet;"
            + " build it first (it must come before " + project.getArtifactId() + " in the reactor)");
      }
    }
    try {
      ArtifactRequest request = new ArtifactRequest(artifact, project.getRemoteProjectRepositories(), null);
      return repositorySystem.resolveArtifact(session.getRepositorySession(), request).getArtifact().getFile().toPath();
    } catch (ArtifactResolutionException e) {
      throw new MojoExecutionException("brickapi: cannot resolve specArtifact " + artifact + ": " + e.getMessage(), e);
    }
  }

  private static Map<String, byte[]> fromJar(Path jar) throws IOException {
    Map<String, byte[]> all = new HashMap<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        if (!e.isDirectory() && SpecFiles.isSpecFile(Path.of(e.getName())) && !e.getName().contains("..")) {
          try (InputStream in = zip.getInputStream(e)) {
            all.put(e.getName(), in.readAllBytes());
          }
        }
      }
    }
    return underPrefix(all);
  }

  private static Map<String, byte[]> fromFolder(Path folder) throws IOException {
    Map<String, byte[]> all = new HashMap<>();
    for (SpecFile f : SpecFiles.under(folder)) {
      all.put(f.name(), Files.readAllBytes(f.path()));
    }
    return underPrefix(all);
  }

  private static Map<String, byte[]> underPrefix(Map<String, byte[]> all) {
    if (all.keySet().stream().noneMatch(n -> n.startsWith(PREFIX))) {
      return all;
    }
    Map<String, byte[]> specs = new HashMap<>();
    all.forEach((name, bytes) -> {
      if (name.startsWith(PREFIX)) {
        specs.put(name.substring(PREFIX.length()), bytes);
      }
    });
    return specs;
  }

  private static void sync(Map<String, byte[]> specs, Path into) throws IOException {
    Files.createDirectories(into);
    for (var e : specs.entrySet()) {
      Path target = into.resolve(e.getKey()).normalize();
      if (!target.startsWith(into)) {
        continue;
      }
      if (!Files.isRegularFile(target) || !Arrays.equals(Files.readAllBytes(target), e.getValue())) {
        Files.createDirectories(target.getParent());
        Files.write(target, e.getValue());
      }
    }
    List<Path> stale;
    try (Stream<Path> walk = Files.walk(into)) {
      stale = walk.filter(Files::isRegularFile)
          .filter(f -> !specs.containsKey(into.relativize(f).toString().replace('\\', '/')))
          .toList();
    }
    for (Path f : stale) {
      Files.delete(f);
    }
  }
}
