package eu.remhub.portal.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import eu.remhub.portal.api.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Who may reach what. Views state their own access with annotations ({@code @AnonymousAllowed},
 * {@code @PermitAll}, {@code @RolesAllowed}); plugin routes are checked again against their
 * declared {@link eu.remhub.portal.api.Access} by {@link PluginRouteAccessGuard}. REST and actuator
 * paths have their own chain, with every path listed here; plugin endpoints under {@code /api/v1/}
 * state their own access, which the plugin API dispatcher checks for every call.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

  @Bean
  PasswordEncoder passwordEncoder() {
    // bcrypt today, and a stored hash names its scheme, so a stronger one can follow without a
    // reset.
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  /**
   * Who holds which session, so that a disabled or erased account's sessions can be ended
   * (AccountSessions).
   */
  @Bean
  SessionRegistry sessionRegistry() {
    return new SessionRegistryImpl();
  }

  @Bean
  AuthenticationProvider authenticationProvider(
      UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
    var dao = new DaoAuthenticationProvider(users);
    dao.setPasswordEncoder(encoder);
    return new ThrottledAuthenticationProvider(dao, throttle);
  }

  /**
   * Stripe's webhook: Stripe sends no CSRF token and keeps no session; the signature on the raw
   * body, checked by the endpoint itself, is what authenticates it. Only this one path, before
   * every other chain.
   */
  @Bean
  @Order(0)
  SecurityFilterChain stripeWebhookChain(HttpSecurity http) throws Exception {
    http.securityMatcher("/webhooks/stripe")
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    return http.build();
  }

  /** Machine endpoints: no form login, no CSRF token (no browser form posts here), no session. */
  @Bean
  @Order(1)
  SecurityFilterChain apiChain(
      HttpSecurity http, AuthenticationProvider provider, ApiTokenCheck tokens) throws Exception {
    http.securityMatcher("/actuator/**", "/api/**", "/v3/api-docs")
        .authenticationManager(new ProviderManager(provider))
        .addFilterBefore(new ApiTokenAuthenticationFilter(tokens), BasicAuthenticationFilter.class)
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                    .permitAll()
                    .requestMatchers("/actuator/**")
                    .hasRole(Roles.STAFF)
                    .requestMatchers("/api/v1/admin/**")
                    .hasRole(Roles.STAFF)
                    // The member directory: public fields of approved organisations, for anyone.
                    .requestMatchers(
                        HttpMethod.GET,
                        "/api/v1/organisations",
                        "/api/v1/organisations/*",
                        "/api/v1/openapi/members.json",
                        "/v3/api-docs")
                    .permitAll()
                    // An organisation's own logo: its API token or its admins (checked per
                    // organisation).
                    .requestMatchers(HttpMethod.PUT, "/api/v1/organisations/*/logo")
                    .authenticated()
                    // Plugin endpoints: each states its Access, checked by PluginApiDispatcher.
                    .requestMatchers("/api/v1/**")
                    .permitAll()
                    .anyRequest()
                    .denyAll())
        .httpBasic(basic -> basic.authenticationEntryPoint(apiEntryPoint()))
        .exceptionHandling(e -> e.authenticationEntryPoint(apiEntryPoint()))
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    return http.build();
  }

  /** Machines get 401 with a Basic challenge, never a redirect to a login page. */
  private static BasicAuthenticationEntryPoint apiEntryPoint() {
    var entryPoint = new BasicAuthenticationEntryPoint();
    entryPoint.setRealmName("REMHub");
    return entryPoint;
  }

  @Bean
  @Order(2)
  SecurityFilterChain vaadinChain(
      HttpSecurity http,
      AuthenticationProvider provider,
      SessionRegistry sessions,
      RequestUtil requestUtil)
      throws Exception {
    // A manager of its own, without the global one as parent: a parent holding the same throttled
    // provider would count every failed sign-in twice. The error page is open so that a 401 or 403
    // from an endpoint reaches the caller as such, not as a redirect to the login page.
    http.authenticationManager(new ProviderManager(provider))
        .addFilterBefore(new LoginOriginFilter(), UsernamePasswordAuthenticationFilter.class)
        .authorizeHttpRequests(auth -> auth.requestMatchers("/themes/**", "/error").permitAll())
        // Sign-in gets a new session id (fixation); every session is registered under its person.
        .sessionManagement(
            s ->
                s.sessionFixation(f -> f.changeSessionId())
                    .maximumSessions(-1)
                    .sessionRegistry(sessions)
                    .expiredUrl("/login?expired"));
    // Vaadin's default asks every request that is no public route to sign in first, so an unknown
    // address (or the page of a disabled plugin) sent visitors to the login page. Only routes that
    // need a signed-in person do so here; anything else reaches the router, which answers the
    // portal's not-found page with 404. Views are still checked by Vaadin's navigation access
    // control on every navigation.
    AuthorizationManager<RequestAuthorizationContext> signedIn =
        AuthenticatedAuthorizationManager.authenticated();
    AuthorizationManager<RequestAuthorizationContext> securedRoutesOnly =
        (authentication, context) ->
            requestUtil.isSecuredFlowRoute(context.getRequest())
                ? signedIn.authorize(authentication, context)
                : new AuthorizationDecision(true);
    return http.with(
            VaadinSecurityConfigurer.vaadin(),
            vaadin ->
                vaadin.loginView(LoginView.class).anyRequest(url -> url.access(securedRoutesOnly)))
        .build();
  }
}
