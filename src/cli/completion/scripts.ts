// The shell side of completion: tiny wrappers that ask `proper __complete` for candidates.

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

const bash = `# proper completion for bash. Install: proper completion bash > ~/.local/share/bash-completion/completions/proper
_proper_complete() {
  local IFS=$'\\n'
  COMPREPLY=($(proper __complete "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
}
complete -o default -F _proper_complete proper
`;

const zsh = `#compdef proper
# proper completion for zsh. Install: proper completion zsh > "\${fpath[1]}/_proper"
_proper() {
  local -a candidates
  candidates=("\${(@f)$(proper __complete "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  compadd -a candidates
}
compdef _proper proper
`;

const fish = `# proper completion for fish. Install: proper completion fish > ~/.config/fish/completions/proper.fish
function __proper_complete
  set -l typed (commandline -opc)
  proper __complete $typed[2..-1] (commandline -ct | string collect --allow-empty) 2>/dev/null
end
complete -c proper -f -a '(__proper_complete)'
`;

export function completionScript(shell: Shell): string {
  return { bash, zsh, fish }[shell];
}
