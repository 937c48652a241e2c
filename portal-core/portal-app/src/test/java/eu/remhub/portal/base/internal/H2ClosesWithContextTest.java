package eu.remhub.portal.base.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2ClosesWithContextTest {

  @Test
  void h2Url_getsItsShutdownHookTurnedOff_otherUrlsAndExplicitSettingsStayAsTheyAre() {
    assertThat(H2ClosesWithContext.closedWithContext("jdbc:h2:file:/data/db/remhub;MODE=MySQL"))
        .isEqualTo("jdbc:h2:file:/data/db/remhub;MODE=MySQL;DB_CLOSE_ON_EXIT=FALSE");
    assertThat(H2ClosesWithContext.closedWithContext("jdbc:h2:file:/d;db_close_on_exit=true"))
        .isEqualTo("jdbc:h2:file:/d;db_close_on_exit=true");
    assertThat(H2ClosesWithContext.closedWithContext("jdbc:mysql://127.0.0.1:3306/remhub"))
        .isEqualTo("jdbc:mysql://127.0.0.1:3306/remhub");
  }

  @Test
  void theRewrittenUrl_isOneH2Accepts(@TempDir Path dir) throws SQLException {
    String url =
        H2ClosesWithContext.closedWithContext(
            "jdbc:h2:file:" + dir.resolve("db") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE");
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      assertThat(c.isValid(1)).isTrue();
    }
  }
}
