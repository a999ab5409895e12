"""Thin HTTP routes: parse, call `app.state.serving`, return. Errors are mapped in `aligned_serve.errors`."""
