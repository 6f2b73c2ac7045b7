WHERE = "namespace portion"
