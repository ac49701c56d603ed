"""The REST API's routes, one router per area; :func:`memgraph.faces.server.app.create_app`
includes them all."""
