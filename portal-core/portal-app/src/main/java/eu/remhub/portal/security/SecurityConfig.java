package eu.remhub.portal.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import eu.remhub.portal.api.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import eu.remhub.portal.member.ApiTokenService;

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
    // bcrypt today, and a stored hash names its scheme, so a stronger one can follow without a reset.
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  AuthenticationProvider authenticationProvider(
      PortalUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
    var dao = new DaoAuthenticationProvider(users);
    dao.setPasswordEncoder(encoder);
    return new ThrottledAuthenticationProvider(dao, throttle);
  }

  /** Machine endpoints: no form login, no CSRF token (no browser form posts here), no session. */
  @Bean
  @Order(1)
  SecurityFilterChain apiChain(HttpSecurity http, AuthenticationProvider provider, ApiTokenService tokens)
      throws Exception {
    http.securityMatcher("/actuator/**", "/api/**")
        .authenticationProvider(provider)
        .addFilterBefore(new ApiTokenAuthenticationFilter(tokens), BasicAuthenticationFilter.class)
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                    .permitAll()
                    .requestMatchers("/actuator/**")
                    .hasRole(Roles.STAFF)
                    // Plugin endpoints: each states its Access, checked by PluginApiDispatcher.
                    .requestMatchers("/api/v1/**")
                    .permitAll()
                    .anyRequest()
                    .denyAll())
        .httpBasic(basic -> {})
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain vaadinChain(HttpSecurity http, AuthenticationProvider provider) throws Exception {
    http.authenticationProvider(provider)
        .authorizeHttpRequests(auth -> auth.requestMatchers("/themes/**").permitAll());
    return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
        .build();
  }
}
