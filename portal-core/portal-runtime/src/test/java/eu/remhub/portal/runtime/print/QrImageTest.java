package eu.remhub.portal.runtime.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrImageTest {

  @Test
  void theCode_readsBackAsTheText() throws Exception {
    String url = "https://portal.remhub.eu/verify/TR-2026-0042?lang=it";
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrImage.png(url, 4)));

    assertThat(
            new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(gray(image)))).getText())
        .isEqualTo(url);
  }

  @Test
  void anEmptyText_isRefusedInWords() {
    assertThatThrownBy(() -> QrImage.png("", 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a text");
  }

  @Test
  void aTextTooLongForACode_isRefusedInWords() {
    assertThatThrownBy(() -> QrImage.png("x".repeat(5000), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too long for a QR code (5000 characters)");
  }

  private static LuminanceSource gray(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    byte[] pixels = new byte[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        pixels[y * w + x] = (byte) ((image.getRGB(x, y) & 0xff) > 127 ? 255 : 0);
      }
    }
    return new LuminanceSource(w, h) {
      @Override
      public byte[] getRow(int y, byte[] row) {
        byte[] out = row != null && row.length >= w ? row : new byte[w];
        System.arraycopy(pixels, y * w, out, 0, w);
        return out;
      }

      @Override
      public byte[] getMatrix() {
        return pixels;
      }
    };
  }
}
