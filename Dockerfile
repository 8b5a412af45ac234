# Tianjin Service Atlas in a container: the static site built with Node, served by nginx with the
# deployment's own configuration (deploy/nginx/: security headers, gzip, caching, 404s).
#
#   docker build -t tianjin-atlas . && docker run -p 8080:80 tianjin-atlas   → http://localhost:8080/
#
# Online basemaps are configured in .env before building (see the README); the nginx headers are generated
# from the same .env, so the Content-Security-Policy allows exactly the configured hosts.

FROM node:20 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# Also writes deploy/nginx/atlas/security-headers.conf (postbuild: npm run nginx:conf).
RUN npm run build

FROM nginx:stable
# The image's own default site would answer on port 80 too.
RUN rm /etc/nginx/conf.d/default.conf
COPY --from=build /app/deploy/nginx/atlas.conf /etc/nginx/conf.d/atlas.conf
COPY --from=build /app/deploy/nginx/atlas/security-headers.conf /etc/nginx/atlas/
COPY --from=build /app/dist/ /var/www/tianjin-atlas/
# dist/.vite/ is build metadata (the chunk graph for the bundle budget), not part of the site.
RUN rm -rf /var/www/tianjin-atlas/.vite && nginx -t
EXPOSE 80
