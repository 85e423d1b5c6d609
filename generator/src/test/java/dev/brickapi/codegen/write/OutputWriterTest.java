package dev.brickapi.codegen.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {

  @TempDir
  Path tmp;

  private static FileSet files(String... paths) {
    FileSet set = new FileSet();
    for (String p : paths) {
      set.add(new GeneratedFile(p, "content of " + p, ""));
    }
    return set;
  }

  @Test
  void writtenFilesGetTheUmasksPermissionsNotOwnerOnly() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "not a POSIX file system");
    Path probe = Files.createFile(tmp.resolve("probe"));
    Set<PosixFilePermission> ordinary = Files.getPosixFilePermissions(probe); // 0644 under the usual umask 022
    Path out = tmp.resolve("out");
    new OutputWriter().write(out, files("com/example/A.java", "docs/index.md"));
    assertEquals(PosixFilePermissions.toString(ordinary),
        PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("com/example/A.java"))));
    assertEquals(PosixFilePermissions.toString(ordinary),
        PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("docs/index.md"))));
    Files.writeString(out.resolve("com/example/A.java"), "edited");
    new OutputWriter().write(out, files("com/example/A.java", "docs/index.md"));
    assertEquals(PosixFilePermissions.toString(ordinary),
        PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("com/example/A.java"))), "a replaced file too");
  }

  @Test
  void sourcesFolderHoldsOnlyJavaWhenDocsAndManifestGoElsewhere() throws IOException {
    OutputLayout layout = new OutputLayout(tmp.resolve("generated-sources"), tmp.resolve("brickapi/docs"),
        tmp.resolve("brickapi/client.files"));
    new OutputWriter().write(layout, files("com/example/A.java", "docs/index.md", "docs/v1_pets.md"));
    try (Stream<Path> walk = Files.walk(layout.sources())) {
      assertEquals(List.of("com/example/A.java"), walk.filter(Files::isRegularFile)
          .map(p -> layout.sources().relativize(p).toString().replace('\\', '/')).toList());
    }
    assertTrue(Files.isRegularFile(tmp.resolve("brickapi/docs/index.md")));
    assertTrue(Files.isRegularFile(tmp.resolve("brickapi/docs/v1_pets.md")));
    assertTrue(Manifest.complete(layout.manifest()));
  }

  @Test
  void staleFilesAreRemovedFromBothFoldersAndTheManifestNoticesMissingOnes() throws IOException {
    OutputLayout layout = new OutputLayout(tmp.resolve("src"), tmp.resolve("docs"), tmp.resolve("state/m.files"));
    new OutputWriter().write(layout, files("a/A.java", "a/B.java", "docs/a.md", "docs/b.md"));
    OutputWriter.Outcome second = new OutputWriter().write(layout, files("a/A.java", "docs/a.md"));
    assertEquals(2, second.deleted());
    assertFalse(Files.exists(tmp.resolve("src/a/B.java")));
    assertFalse(Files.exists(tmp.resolve("docs/b.md")));
    Files.delete(tmp.resolve("docs/a.md"));
    assertFalse(Manifest.complete(layout.manifest()));
  }

  @Test
  void aManifestOfTheFirstFormatStillRemovesWhatItListed() throws IOException {
    Path out = tmp.resolve("out");
    Files.createDirectories(out.resolve("p"));
    Files.writeString(out.resolve("p/Old.java"), "old");
    Files.writeString(out.resolve("p/Foreign.java"), "mine");
    Files.writeString(out.resolve(OutputWriter.MANIFEST), "p/Old.java\n");
    assertEquals(1, new OutputWriter().write(out, files("p/New.java")).deleted());
    assertFalse(Files.exists(out.resolve("p/Old.java")));
    assertTrue(Files.exists(out.resolve("p/Foreign.java")));
  }

  @Test
  void filesOutsideThisRunsFoldersAreNeverRemoved() throws IOException {
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("X.java"), "x");
    Path manifest = tmp.resolve("state/m.files");
    Files.createDirectories(manifest.getParent());
    Files.writeString(manifest, "brickapi-manifest/2\nfolder sources ../elsewhere\nsources X.java\n");
    new OutputWriter().write(new OutputLayout(tmp.resolve("src"), tmp.resolve("docs"), manifest), files("a/A.java"));
    assertTrue(Files.exists(elsewhere.resolve("X.java")));
  }
}
