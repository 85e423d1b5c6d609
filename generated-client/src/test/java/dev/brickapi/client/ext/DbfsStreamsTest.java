package dev.brickapi.client.ext;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.runtime.NotFoundException;
import dev.brickapi.runtime.ServerException;
import dev.brickapi.client.WorkspaceClient;
import dev.brickapi.client.testing.FakeDbfs;
import dev.brickapi.runtime.testing.LoopbackServer;
import dev.brickapi.runtime.testing.TestClients;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DbfsStreamsTest {

  @Test
  void roundTripInBlocksWithProgress() throws Exception {
    FakeDbfs dbfs = new FakeDbfs(true);
    try (LoopbackServer server = LoopbackServer.start(dbfs)) {
      WorkspaceClient client = new WorkspaceClient(TestClients.config(server.url()).token("t").build());
      DbfsStreams streams = new DbfsStreams(client.dbfs(), 1000);
      byte[] content = new byte[2500];
      new Random(7).nextBytes(content);
      List<Long> progress = new ArrayList<>();
      long written = streams.upload(new ByteArrayInputStream(content), content.length, "/tmp/a.bin", true,
          (done, total) -> progress.add(done));
      assertEquals(2500, written);
      assertEquals(List.of(1000L, 2000L, 2500L), progress);
      assertTrue(dbfs.upload("/tmp/a.bin").closed);
      assertTrue(server.requests().get(0).bodyText().contains("\"overwrite\":true"));
      try (InputStream in = streams.download("/tmp/a.bin")) {
        assertArrayEquals(content, in.readAllBytes());
      }
      assertEquals(3, dbfs.reads.get());
    }
  }

  @Test
  void emptyUploadStillCreatesAndCloses() throws Exception {
    FakeDbfs dbfs = new FakeDbfs(true);
    try (LoopbackServer server = LoopbackServer.start(dbfs)) {
      WorkspaceClient client = new WorkspaceClient(TestClients.config(server.url()).token("t").build());
      assertEquals(0, new DbfsStreams(client.dbfs()).upload(new ByteArrayInputStream(new byte[0]), "/tmp/e", false));
      assertTrue(dbfs.upload("/tmp/e").closed);
      try (InputStream in = new DbfsStreams(client.dbfs()).download("/tmp/e")) {
        assertEquals(-1, in.read());
      }
    }
  }

  @Test
  void handleIsClosedWhenABlockFails() throws Exception {
    FakeDbfs dbfs = new FakeDbfs(true);
    dbfs.failBlock = 2;
    try (LoopbackServer server = LoopbackServer.start(dbfs)) {
      WorkspaceClient client = new WorkspaceClient(TestClients.config(server.url()).token("t").build());
      DbfsStreams streams = new DbfsStreams(client.dbfs());
      ServerException e = assertThrows(ServerException.class,
          () -> streams.upload(new ByteArrayInputStream(new byte[3 * DbfsStreams.BLOCK_SIZE]), "/tmp/f", true));
      assertEquals("/api/2.0/dbfs/add-block", e.path());
      assertTrue(dbfs.upload("/tmp/f").closed, "the handle was closed");
      assertEquals("/api/2.0/dbfs/close", server.requests().get(server.requests().size() - 1).path);
    }
  }

  @Test
  void downloadOfMissingFileIsNotFound() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(new FakeDbfs(true))) {
      WorkspaceClient client = new WorkspaceClient(TestClients.config(server.url()).token("t").build());
      assertThrows(NotFoundException.class, () -> new DbfsStreams(client.dbfs()).download("/nope"));
    }
  }
}
