"""Training for aligned-serve: reward models, DPO, PPO and RFT recipes, their losses, data and evaluation."""
