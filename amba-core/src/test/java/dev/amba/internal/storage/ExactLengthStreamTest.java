package dev.amba.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ExactLengthStreamTest {

  @Test
  void skip_countsAgainstTheLength_andNeverPassesIt() throws IOException {
    ByteArrayInputStream caller = new ByteArrayInputStream("0123456789".getBytes());
    StorageClient.ExactLengthStream body = new StorageClient.ExactLengthStream(caller, 6);
    assertThat(body.skip(2)).isEqualTo(2);
    assertThat(body.read()).isEqualTo('2');
    assertThat(body.skip(100)).isEqualTo(3);
    assertThat(body.skip(1)).isZero();
    assertThat(body.read()).isEqualTo(-1);
    assertThat(body.skip(-1)).isZero();
    // The bytes beyond the presigned size stay in the caller's stream, unread.
    assertThat(caller.available()).isEqualTo(4);
  }
}
