# the allowed commands are still to be decided
data Settings -SupportedCommand
