package dev.brickapi.bench;

import dev.brickapi.client.service.clusters.v21.ClustersApi;
import dev.brickapi.client.service.dbfs.v20.AddBlock;
import dev.brickapi.client.service.dbfs.v20.Close;
import dev.brickapi.client.service.dbfs.v20.Create;
import dev.brickapi.client.service.dbfs.v20.DbfsApi;
import dev.brickapi.client.service.dbfs.v20.ReadResponse;
import dev.brickapi.client.service.jobs.v22.JobsApi;
import dev.brickapi.runtime.json.JsonCodec;
import feign.Client;
import feign.Feign;
import feign.http2client.Http2Client;

/**
 * The generated interfaces on a bare Feign builder with the generated {@link JsonCodec}, over feign-java11's
 * {@link Http2Client} or Feign's default ({@code HttpURLConnection}) client: the transport comparison, and the
 * DBFS and paging benchmarks' client. {@code ClientBench} measures the published {@code WorkspaceClient} next
 * to these.
 */
public final class OurClient {

  /** The transport under our client. */
  public enum Transport {
    /** feign-java11's Http2Client over java.net.http.HttpClient. */
    JAVA11,
    /** Feign's default client over HttpURLConnection. */
    DEFAULT
  }

  private final Feign.Builder builder;
  private final String baseUrl;

  private OurClient(Feign.Builder builder, String baseUrl) {
    this.builder = builder;
    this.baseUrl = baseUrl;
  }

  public static OurClient create(String baseUrl, Transport transport) {
    JsonCodec codec = new JsonCodec();
    Client client = transport == Transport.JAVA11 ? new Http2Client() : new Client.Default(null, null);
    Feign.Builder builder = Feign.builder()
        .client(client)
        .encoder(codec)
        .decoder(codec)
        .requestInterceptor(t -> t.header("Authorization", "Bearer x"));
    return new OurClient(builder, baseUrl);
  }

  public ClustersApi clusters() {
    return builder.target(ClustersApi.class, baseUrl);
  }

  public JobsApi jobs() {
    return builder.target(JobsApi.class, baseUrl);
  }

  public DbfsApi dbfs() {
    return builder.target(DbfsApi.class, baseUrl);
  }

  /**
   * Uploads {@code blocks} blocks of {@code block.length} bytes to {@code path}: create, one add-block per
   * block (base64 in JSON), close: the block calls {@code DbfsStreams} makes, without its stream plumbing.
   */
  public long dbfsUpload(String path, byte[] block, int blocks) {
    DbfsApi dbfs = dbfs();
    Long handle = dbfs.createStream(new Create().setPath(path).setOverwrite(true)).getHandle();
    long sent = 0;
    for (int i = 0; i < blocks; i++) {
      dbfs.addBlock(new AddBlock().setHandle(handle).setData(block));
      sent += block.length;
    }
    dbfs.closeStream(new Close().setHandle(handle));
    return sent;
  }

  /**
   * Reads {@code total} bytes of {@code path} in {@code chunk}-byte reads, handing each chunk to
   * {@code sink}: the read calls {@code DbfsStreams} makes.
   */
  public long dbfsDownload(String path, long total, int chunk, java.util.function.Consumer<byte[]> sink) {
    DbfsApi dbfs = dbfs();
    long offset = 0;
    while (offset < total) {
      ReadResponse r = dbfs.readFile((long) Math.min(chunk, total - offset), offset, path);
      long n = r.getBytesRead();
      if (n <= 0) {
        break;
      }
      sink.accept(r.getData());
      offset += n;
    }
    return offset;
  }
}
