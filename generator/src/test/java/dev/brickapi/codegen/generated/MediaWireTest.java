package dev.brickapi.codegen.generated;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.store.media.v1.Charge;
import com.example.store.media.v1.CreateChargeRequest;
import com.example.store.media.v1.CreateChargeRequestItemsItem;
import com.example.store.media.v1.GetThumbnailResponse;
import com.example.store.media.v1.MediaApi;
import com.example.store.media.v1.Report;
import com.example.store.media.v1.ReportForm;
import com.example.store.media.v1.Repository;
import com.example.store.media.v1.RepositoryPatch;
import com.example.store.media.v1.SetCustomerAddressRequest;
import com.example.store.media.v1.SetCustomerAddressRequestAddress;
import com.example.store.media.v1.Stored;
import dev.brickapi.runtime.http.UploadBody;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Bodies in each media type on the wire: the bytes sent, the Content-Type and Accept headers the spec declares, and
 * the value read back.
 */
class MediaWireTest {

  private final LoopbackServer server = new LoopbackServer();
  private final MediaApi media = new MediaApi(GeneratedClients.workspace(server.url()));

  @AfterEach
  void stop() {
    server.close();
  }

  private LoopbackServer.Recorded sent(int i) {
    return server.requests().get(i);
  }

  @Test
  void formBodySendsDeepObjectsIndexedListsRepeatedAndJoinedValues() {
    server.answer("application/json; charset=utf-8", "{\"id\":\"ch_1\",\"amount\":1200}".getBytes(StandardCharsets.UTF_8));
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("order", "A 7");
    metadata.put("note", "x&y=z");
    Charge charge = media.createCharge(new CreateChargeRequest().setAmount(1200L).setCurrency("eur")
        .setMetadata(metadata)
        .setItems(List.of(new CreateChargeRequestItemsItem().setPrice("p_1").setQuantity(2),
            new CreateChargeRequestItemsItem().setPrice("p_2")))
        .setTags(List.of("a", "b")).setExpand(List.of("customer", "invoice")));
    assertEquals("ch_1", charge.getId());
    assertEquals(1200L, charge.getAmount());
    assertEquals("amount=1200&currency=eur&metadata%5Border%5D=A+7&metadata%5Bnote%5D=x%26y%3Dz"
        + "&items%5B0%5D%5Bprice%5D=p_1&items%5B0%5D%5Bquantity%5D=2&items%5B1%5D%5Bprice%5D=p_2"
        + "&tags=a&tags=b&expand=customer%2Cinvoice", sent(0).text());
    assertEquals("application/x-www-form-urlencoded", sent(0).header("Content-Type"));
    assertEquals("application/json; charset=utf-8", sent(0).header("Accept"));
  }

  @Test
  void formBodyByDefaultSendsAnObjectsFieldsAsKeysAndLeavesOutAbsentOnes() {
    server.answer("application/json", new byte[0]);
    media.setCustomerAddress(new SetCustomerAddressRequest().setCustomer("cus_1")
        .setAddress(new SetCustomerAddressRequestAddress().setCity("Gent").setLine("Veldstraat 1")));
    assertEquals("PUT", sent(0).method());
    assertEquals("/api/1/media/customers/cus_1/addresses", sent(0).pathAndQuery());
    assertEquals("city=Gent&line=Veldstraat+1", sent(0).text());
    assertEquals("application/x-www-form-urlencoded", sent(0).header("Content-Type"));
  }

  @Test
  void multipartBodyOfOneBinaryStringIsOneFilePart() {
    server.json("{\"url\":\"/avatars/1\"}");
    byte[] image = {(byte) 0x89, 'P', 'N', 'G', 0, 1};
    Stored stored = media.uploadAvatar(image);
    assertEquals("/avatars/1", stored.getUrl());
    String contentType = sent(0).header("Content-Type");
    assertTrue(contentType.startsWith("multipart/form-data; boundary="), contentType);
    String boundary = contentType.substring(contentType.indexOf('=') + 1);
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"file\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1);
    byte[] expected = new byte[head.length + image.length + tail.length];
    System.arraycopy(head, 0, expected, 0, head.length);
    System.arraycopy(image, 0, expected, head.length, image.length);
    System.arraycopy(tail, 0, expected, head.length + image.length, tail.length);
    assertArrayEquals(expected, sent(0).body());
  }

  @Test
  void textGoesOutAndComesBackAsStrings() {
    server.answer("text/html; charset=ISO-8859-1", "<p>caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1));
    String html = media.renderNote("# caf\u00e9 \"quoted\"");
    assertEquals("<p>caf\u00e9</p>", html);
    assertEquals("# caf\u00e9 \"quoted\"", sent(0).text());
    assertEquals("text/markdown", sent(0).header("Content-Type"));
    assertEquals("text/html", sent(0).header("Accept"));
  }

  @Test
  void csvAnswerIsTheWholeTextUnparsed() {
    server.answer("text/csv", "id,amount\nch_1,1200\n".getBytes(StandardCharsets.UTF_8));
    assertEquals("id,amount\nch_1,1200\n", media.exportCharges());
    assertEquals("text/csv", sent(0).header("Accept"));
    assertNull(sent(0).header("Content-Type"));
  }

  @Test
  void binaryTypesAreStreamsWithTheirDeclaredTypes() throws Exception {
    byte[] pdf = "%PDF-1.7 bytes".getBytes(StandardCharsets.ISO_8859_1);
    server.json("");
    media.putDocument("report.pdf", UploadBody.of(new ByteArrayInputStream(pdf)));
    assertArrayEquals(pdf, sent(0).body());
    assertEquals("application/pdf", sent(0).header("Content-Type"));

    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10};
    server.answer("image/png", png);
    try (GetThumbnailResponse thumbnail = media.getThumbnail("report.pdf")) {
      assertArrayEquals(png, thumbnail.getContents().readAllBytes());
    }
    assertEquals("image/png", sent(1).header("Accept"));
  }

  @Test
  void vendorJsonIsJsonSentAndAcceptedUnderItsOwnTypes() {
    server.answer("application/vnd.example.v3+json", "{\"name\":\"brickapi\",\"description\":\"new\"}"
        .getBytes(StandardCharsets.UTF_8));
    Repository repository = media.patchRepository(new RepositoryPatch().setDescription("new").setName("brickapi"));
    assertEquals("brickapi", repository.getName());
    assertEquals("new", repository.getDescription());
    assertEquals("{\"description\":\"new\"}", sent(0).text());
    assertEquals("/api/1/media/repositories/brickapi", sent(0).pathAndQuery());
    assertEquals("application/merge-patch+json", sent(0).header("Content-Type"));
    assertEquals("application/vnd.example.v3+json", sent(0).header("Accept"));
  }

  @Test
  void ofSeveralMediaTypesTheFormAndJsonAreUsed() {
    server.json("{\"title\":\"Q3\",\"lines\":4}");
    Report report = media.createReport(new ReportForm().setTitle("Q3 sales"));
    assertEquals(4, report.getLines());
    assertEquals("title=Q3+sales", sent(0).text());
    assertEquals("application/x-www-form-urlencoded", sent(0).header("Content-Type"));
    assertEquals("application/json", sent(0).header("Accept"));
  }
}
