/**
 * The dated registry of agencies that plans name as lead or support: ministries, provincial departments,
 * commune bodies, the district level that ended on 2025-06-30, and the group phrases plans use
 * ("Các sở, ban, ngành cấp tỉnh").
 *
 * <p>{@link io.github.reformplan.agency.AgencyRegistry} is the entry point: {@code builtIn()} loads
 * {@code io/github/reformplan/data/agencies.yaml}; {@code withExtra(...)} adds a user's agencies;
 * {@code split(...)} cuts a pasted cell into names and {@code lookup(...)} resolves each one, with
 * {@link io.github.reformplan.agency.Agency#existsOn(java.time.LocalDate)} and
 * {@code successorsOf(...)} for the 2025 restructuring.
 */
package io.github.reformplan.agency;
