package eu.remhub.portal.plugin;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Plugins view's actions for scripts and deployment pipelines: list, enable, disable. Staff
 * only (see SecurityConfig); every action is audited like its button.
 */
@RestController
@RequestMapping("/api/v1/admin/plugins")
class PluginAdminController {

  private final PluginService plugins;

  PluginAdminController(PluginService plugins) {
    this.plugins = plugins;
  }

  @GetMapping
  List<PluginInfo> list() {
    return plugins.list();
  }

  @PostMapping("/{id}/enable")
  ResponseEntity<?> enable(@PathVariable String id) {
    if (plugins.find(id).isEmpty()) {
      return notFound(id);
    }
    long start = System.nanoTime();
    boolean started = plugins.enable(id);
    PluginInfo info = plugins.find(id).orElseThrow();
    Map<String, Object> body =
        Map.of("plugin", info, "millis", (System.nanoTime() - start) / 1_000_000);
    return ResponseEntity.status(started ? HttpStatus.OK : HttpStatus.CONFLICT).body(body);
  }

  @PostMapping("/{id}/disable")
  ResponseEntity<?> disable(
      @PathVariable String id, @RequestParam(defaultValue = "false") boolean dependents) {
    if (plugins.find(id).isEmpty()) {
      return notFound(id);
    }
    try {
      plugins.disable(id, dependents);
    } catch (DependentsEnabledException e) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.CONFLICT,
              e.getMessage() + "; repeat with ?dependents=true to disable them too.");
      problem.setProperty("dependents", e.dependents());
      return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
    return ResponseEntity.ok(plugins.find(id).orElseThrow());
  }

  private static ResponseEntity<ProblemDetail> notFound(String id) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND)
        .body(
            ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND, "No plugin " + id + " is installed."));
  }
}
