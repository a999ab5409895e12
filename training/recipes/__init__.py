"""Training recipes (rm, dpo, ppo, rft), each setup → train → save → cleanup on accelerate; shared parts in `common`."""
