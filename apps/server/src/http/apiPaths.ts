/** The API prefixes VPO serves every job route under. */
export const API_PREFIXES = ['/api', '/api/v1'] as const;

/** The health check's paths: open without credentials and never rate limited (load-balancer probes), as in VPO. */
export const HEALTH_PATHS = ['/health', '/api/health', '/api/v1/health'] as const;
