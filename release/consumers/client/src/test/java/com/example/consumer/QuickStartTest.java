package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.client.WorkspaceClient;
import dev.brickapi.mock.MockWorkspace;
import dev.brickapi.mock.MockWorkspaceExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The README's quick start against the mock workspace, with only the published artifacts on the class path. */
@ExtendWith(MockWorkspaceExtension.class)
class QuickStartTest {

  @Test
  void quickStartRunsAgainstTheMockWorkspace(MockWorkspace mock) throws IOException {
    WorkspaceClient workspace = WorkspaceClient.builder()
        .configure(c -> c.host(mock.baseUrl()).token(MockWorkspace.TOKEN).allowInsecureLoopback(true))
        .build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    QuickStart.run(workspace, null, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("is RUNNING"), out);
    assertTrue(out.contains("Uploaded 20 bytes to dbfs:/tmp/brickapi-quickstart.txt"), out);
    assertEquals("hello from brickapi\n",
        new String(mock.fake().dbfsFile("/tmp/brickapi-quickstart.txt"), StandardCharsets.UTF_8));
    System.out.println("consumer client: the README quick start ran against brickapi-mock ("
        + out.lines().count() + " lines printed, " + mock.exchanges().size() + " requests)");
  }
}
