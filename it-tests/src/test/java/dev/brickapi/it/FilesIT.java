package dev.brickapi.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.client.WorkspaceClient;
import dev.brickapi.client.ext.VolumeFiles;
import dev.brickapi.client.service.files.v20.DirectoryEntry;
import dev.brickapi.client.service.files.v20.DownloadFileResponse;
import dev.brickapi.client.service.files.v20.GetFileMetadataResponse;
import dev.brickapi.client.service.files.v20.ListDirectoryContentsRequest;
import dev.brickapi.client.service.files.v20.ListDirectoryResponse;
import dev.brickapi.mock.MockWorkspace;
import dev.brickapi.mock.MockWorkspaceExtension;
import dev.brickapi.runtime.AlreadyExistsException;
import dev.brickapi.runtime.DatabricksException;
import dev.brickapi.runtime.NotFoundException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Files API of Unity Catalog volumes against the mock workspace's stateful {@code FilesFake}: the generated
 * calls (binary bodies both ways, HEAD headers, paging) and {@code VolumeFiles}; every exchange validated against
 * {@code 2.0/files.yaml}.
 */
@org.junit.jupiter.api.extension.ExtendWith(MockWorkspaceExtension.class)
class FilesIT {
  private static final String VOLUME = "/Volumes/main/default/landing";

  private MockWorkspace mock;
  private WorkspaceClient workspace;

  @TempDir
  Path dir;

  @BeforeEach
  void setUp(MockWorkspace mock) {
    this.mock = mock;
    mock.reset();
    this.workspace = new Clients(mock).workspaceClient();
  }

  private void put(String path, String text) {
    workspace.volumeFiles().upload(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), path, true);
  }

  @Test
  void aFileGoesUpAndComesBackWithItsHeaders() throws IOException {
    byte[] content = new byte[300_000];
    new Random(7).nextBytes(content);
    Path file = Files.write(dir.resolve("orders.bin"), content);
    VolumeFiles volumes = workspace.volumeFiles();
    assertEquals(content.length, volumes.upload(file, VOLUME + "/2026/a b+c.bin", false));
    assertArrayEquals(content, mock.files().file(VOLUME + "/2026/a b+c.bin"), "the path is stored as given");

    GetFileMetadataResponse meta = workspace.files().getFileMetadata(VOLUME + "/2026/a b+c.bin");
    assertEquals(content.length, meta.getContentLength());
    assertEquals("application/octet-stream", meta.getContentType());
    assertTrue(meta.getLastModified().endsWith(" GMT"), meta.getLastModified());
    try (DownloadFileResponse answer = workspace.files().downloadFile(VOLUME + "/2026/a b+c.bin")) {
      assertEquals("application/octet-stream", answer.getContentType()); // WireMock sends it chunked, without a length
      assertArrayEquals(content, answer.getContents().readAllBytes());
    }
    Path back = dir.resolve("back.bin");
    assertEquals(content.length, volumes.download(VOLUME + "/2026/a b+c.bin", back));
    assertArrayEquals(content, Files.readAllBytes(back));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    volumes.download(VOLUME + "/2026/a b+c.bin", out);
    assertArrayEquals(content, out.toByteArray());
    try (InputStream in = volumes.open(VOLUME + "/2026/a b+c.bin")) {
      assertEquals(content[0] & 0xff, in.read());
    }
    mock.assertNoViolations();
  }

  @Test
  void missingFilesAreNotFoundAndExistingOnesNeedOverwrite() {
    NotFoundException missing = assertThrows(NotFoundException.class,
        () -> workspace.files().downloadFile(VOLUME + "/none.txt"));
    assertEquals("NOT_FOUND", missing.errorCode());
    assertThrows(NotFoundException.class, () -> workspace.files().getFileMetadata(VOLUME + "/none.txt"));
    assertThrows(NotFoundException.class, () -> workspace.files().deleteFile(VOLUME + "/none.txt"));
    assertFalse(workspace.volumeFiles().fileExists(VOLUME + "/none.txt"));

    put(VOLUME + "/once.txt", "first");
    AlreadyExistsException twice = assertThrows(AlreadyExistsException.class, () -> workspace.volumeFiles()
        .upload(new ByteArrayInputStream(new byte[1]), VOLUME + "/once.txt", false));
    assertTrue(twice.getMessage().contains("overwrite=true"), twice.getMessage());
    put(VOLUME + "/once.txt", "second");
    assertArrayEquals("second".getBytes(StandardCharsets.UTF_8), mock.files().file(VOLUME + "/once.txt"));
    mock.assertNoViolations();
  }

  @Test
  void directoriesAreImpliedByFilesListedPageByPageAndDeletedWithTheirContent() {
    for (int i = 0; i < 5; i++) {
      put(VOLUME + "/2026/day" + i + ".csv", "row " + i);
    }
    put(VOLUME + "/2026/archive/old.csv", "old");
    workspace.volumeFiles().mkdirs(VOLUME + "/2026/empty/deeper");
    assertTrue(workspace.volumeFiles().directoryExists(VOLUME + "/2026/archive"));
    assertTrue(workspace.volumeFiles().directoryExists(VOLUME + "/2026/empty"));

    ListDirectoryResponse first = workspace.files().listDirectoryContents(
        new ListDirectoryContentsRequest().setDirectoryPath(VOLUME + "/2026").setPageSize(3L));
    assertEquals(3, first.getContents().size());
    assertTrue(first.getNextPageToken() != null, "more pages follow");
    List<String> names = new ArrayList<>();
    for (DirectoryEntry e : workspace.files().listDirectoryContentsAll(
        new ListDirectoryContentsRequest().setDirectoryPath(VOLUME + "/2026").setPageSize(2L))) {
      names.add(e.getName() + (Boolean.TRUE.equals(e.getIsDirectory()) ? "/" : ""));
    }
    assertEquals(List.of("archive/", "day0.csv", "day1.csv", "day2.csv", "day3.csv", "day4.csv", "empty/"), names);

    List<String> below = new ArrayList<>();
    workspace.volumeFiles().listRecursive(VOLUME).forEach(e -> below.add(e.getPath()));
    assertEquals(List.of(VOLUME + "/2026/", VOLUME + "/2026/archive/", VOLUME + "/2026/archive/old.csv",
        VOLUME + "/2026/day0.csv", VOLUME + "/2026/day1.csv", VOLUME + "/2026/day2.csv", VOLUME + "/2026/day3.csv",
        VOLUME + "/2026/day4.csv", VOLUME + "/2026/empty/", VOLUME + "/2026/empty/deeper/"), below);

    DatabricksException notEmpty = assertThrows(DatabricksException.class,
        () -> workspace.files().deleteDirectory(VOLUME + "/2026"));
    assertEquals(409, notEmpty.status());
    assertEquals(6, workspace.volumeFiles().deleteRecursively(VOLUME + "/2026"));
    assertFalse(workspace.volumeFiles().directoryExists(VOLUME + "/2026"));
    assertThrows(NotFoundException.class, () -> workspace.volumeFiles().deleteRecursively(VOLUME + "/2026"));
    mock.assertNoViolations();
  }
}
